package dev.portside.adapters.mongo.user;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.Values;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Users in the {@code users} collection. Uniqueness is checked first with a query (so a clash of both
 * username and email reports the username, as the port promises) and guaranteed by the unique indexes,
 * whose violation a concurrent registration can still hit.
 */
@Singleton
@MongoAdapter
final class MongoUserRepository implements UserRepository {

    private final MongoStorage storage;

    MongoUserRepository(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection users() {
        return storage.collection(UserDocuments.COLLECTION);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return first(eq("_id", id.value()));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return first(eq("usernameKey", username.canonical()));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return first(eq("email", email.value()));
    }

    private Optional<User> first(Bson filter) {
        return Optional.ofNullable(users().findFirst(filter)).map(UserDocuments::toUser);
    }

    @Override
    public User save(User user) {
        BoundCollection users = users();
        Bson others = ne("_id", user.id().value());
        if (users.findFirst(and(eq("usernameKey", user.username().canonical()), others)) != null) {
            throw UserRefusals.usernameTaken();
        }
        if (users.findFirst(and(eq("email", user.email().value()), others)) != null) {
            throw UserRefusals.emailTaken();
        }
        long version = VersionedDocuments.save(users, user.id().value(), user.version(), UserDocuments.toDocument(user),
                "user " + user.id(), failure -> MongoFailures.isDuplicateKey(failure, UserDocuments.USERNAME_INDEX)
                        ? UserRefusals.usernameTaken() : UserRefusals.emailTaken());
        return user.withVersion(version);
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        List<Bson> filters = new ArrayList<>();
        criteria.q().ifPresent(q -> {
            // contains, ignoring case, matched literally; an unanchored pattern scans, which the admin search accepts
            String pattern = Values.literalPattern(q);
            filters.add(or(regex("usernameKey", pattern, "i"), regex("email", pattern, "i"),
                    regex("firstName", pattern, "i"), regex("lastName", pattern, "i")));
        });
        criteria.status().ifPresent(status -> filters.add(eq("status", status.name())));
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        return Paging.page(users(), filter, sortField(page.sortField()), page, UserDocuments::toUser);
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
