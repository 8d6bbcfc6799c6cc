package dev.portside.adapters.redis.user;

import dev.portside.adapters.redis.shared.CacheKeys;
import dev.portside.adapters.redis.shared.EntityCache;
import dev.portside.adapters.redis.shared.RedisCaches;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Caches users by id, username and email in front of the storage adapter. Searches are not cached:
 * any write can change any result page, and there is no way to find and evict just the pages a write
 * touched, so a search cache could only be correct by being emptied on every user write.
 */
public final class CachingUserRepository implements UserRepository {

    public static final String CACHE = "user";

    private final UserRepository storage;
    private final CacheKeys keys;
    private final EntityCache<User> cache;

    public CachingUserRepository(UserRepository storage, UnitOfWork unitOfWork, RedisCaches caches) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keys = caches.keys(CACHE);
        this.cache = new EntityCache<>(caches.store(CACHE), new UserCodec(), unitOfWork, caches.settings().userTtl(),
                user -> keys.id(user.id().value()), this::uniqueKeys, User::version);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return cache.findById(keys.id(id.value()), () -> storage.findById(id));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return cache.findByUniqueKey(usernameKey(username), user -> user.username().sameAs(username),
                () -> storage.findByUsername(username));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return cache.findByUniqueKey(emailKey(email), user -> user.email().equals(email),
                () -> storage.findByEmail(email));
    }

    @Override
    public User save(User user) {
        return cache.save(user, storage::save);
    }

    @Override
    public Page<User> search(UserSearch criteria, PageRequest<UserSortField> page) {
        return storage.search(criteria, page);
    }

    private List<String> uniqueKeys(User user) {
        return List.of(usernameKey(user.username()), emailKey(user.email()));
    }

    private String usernameKey(Username username) {
        return keys.unique("username", username.canonical());
    }

    private String emailKey(EmailAddress email) {
        return keys.unique("email", email.value());
    }
}
