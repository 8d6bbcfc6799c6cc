package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserRefusals;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Users in the {@code users} collection. Uniqueness is checked first with a query (so a clash of both
 * username and email reports the username, as the port promises) and guaranteed by the unique indexes,
 * whose violation a concurrent registration can still hit.
 */
@Singleton
@MongoAdapter
final class MongoUserRepository implements UserRepository {

    private final UserDocuments users;
    private final UserDocumentMapper mapper;

    MongoUserRepository(UserDocuments users, UserDocumentMapper mapper) {
        this.users = users;
        this.mapper = mapper;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return users.findById(id.value()).map(mapper::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return users.findByUsernameKey(username.canonical()).map(mapper::toUser);
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return users.findByEmail(email.value()).map(mapper::toUser);
    }

    @Override
    public User save(User user) {
        if (users.existsByUsernameKeyAndIdNotEqual(
                user.username().canonical(), user.id().value())) {
            throw UserRefusals.usernameTaken();
        }
        if (users.existsByEmailAndIdNotEqual(user.email().value(), user.id().value())) {
            throw UserRefusals.emailTaken();
        }
        UserDocument stored = VersionedDocuments.save(
                user.version(),
                mapper.toDocument(user),
                users::save,
                users::update,
                "user " + user.id(),
                failure -> MongoFailures.isDuplicateKey(failure, UserDocument.USERNAME_INDEX)
                        ? UserRefusals.usernameTaken()
                        : UserRefusals.emailTaken());
        return mapper.toUser(stored);
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        return Paging.page(
                users.findAll(
                        UserSpecifications.matching(criteria), Paging.pageable(page, sortField(page.sortField()))),
                page,
                mapper::toUser);
    }

    private static String sortField(UserSortField field) {
        return switch (field) {
            case CREATED_AT -> "createdAt";
            case USERNAME -> "usernameKey";
            case EMAIL -> "email";
            // a missing lastLoginAt sorts before every date, i.e. "never" is the earliest
            case LAST_LOGIN_AT -> "lastLoginAt";
        };
    }
}
