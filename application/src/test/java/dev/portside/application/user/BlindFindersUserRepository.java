package dev.portside.application.user;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import java.util.Optional;

/**
 * A repository whose unique-key finders see nothing, as if a competing registration committed right
 * after our check: only {@code save} can still catch the clash.
 */
final class BlindFindersUserRepository implements UserRepository {

    private final UserRepository delegate;

    BlindFindersUserRepository(UserRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return delegate.findById(id);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return Optional.empty();
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return Optional.empty();
    }

    @Override
    public User save(User user) {
        return delegate.save(user);
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        return delegate.search(criteria, page);
    }
}
