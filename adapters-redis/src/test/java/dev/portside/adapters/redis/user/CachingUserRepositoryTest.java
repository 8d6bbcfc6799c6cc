package dev.portside.adapters.redis.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.redis.shared.CacheKeys;
import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.UserMother;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the cache adds over the contract: hits, and no stale read after a write, a rollback or a race. */
class CachingUserRepositoryTest {

    private final TestRedis redis = TestRedis.shared();
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryUserRepository storage = new InMemoryUserRepository(database);
    private final CachingUserRepository users = new CachingUserRepository(storage, unitOfWork, redis.caches());
    private final CacheKeys keys = redis.caches().keys(CachingUserRepository.CACHE);

    @AfterEach
    void closeRedis() {
        redis.close();
    }

    @Test
    void a_second_read_is_served_from_the_cache() {
        User saved = save(UserMother.aUser().build());
        assertThat(findById(saved.id())).contains(saved);

        changeBehindTheCache(saved.updateProfile(Profile.of("Changed", null, null)));

        assertThat(findById(saved.id())).contains(saved);
        assertThat(redis.count("user", "hit")).isEqualTo(1);
    }

    @Test
    void reads_by_username_and_email_are_served_from_the_cache_after_a_read_by_id() {
        User saved = save(UserMother.aUser().build());
        findById(saved.id());

        assertThat(unitOfWork.execute(() -> users.findByUsername(saved.username()))).contains(saved);
        assertThat(unitOfWork.execute(() -> users.findByEmail(saved.email()))).contains(saved);

        assertThat(redis.count("user", "hit")).isEqualTo(2);
    }

    @Test
    void a_read_right_after_a_committed_update_returns_the_new_state_by_every_key() {
        User saved = save(UserMother.aUser().build());
        warmAllKeys(saved);

        User updated = save(saved.updateProfile(Profile.of("Grace", null, null)));

        assertThat(findById(saved.id())).contains(updated);
        assertThat(unitOfWork.execute(() -> users.findByUsername(saved.username()))).contains(updated);
        assertThat(unitOfWork.execute(() -> users.findByEmail(saved.email()))).contains(updated);
    }

    @Test
    void changing_the_email_invalidates_the_old_and_the_new_email_key() {
        User saved = save(UserMother.aUser().build());
        User other = save(UserMother.aUser().build());
        warmAllKeys(saved);
        EmailAddress newEmail = new EmailAddress("new-" + UserMother.uniqueSuffix() + "@example.test");
        // a pointer for the new email left by an earlier owner must not survive either
        seedPointer("email:" + newEmail.value(), other.id());

        User updated = save(withEmail(saved, newEmail));

        assertThat(unitOfWork.execute(() -> users.findByEmail(saved.email()))).isEmpty();
        assertThat(unitOfWork.execute(() -> users.findByEmail(newEmail))).contains(updated);
        assertThat(redis.rawGet(keys.unique("email", saved.email().value()))).isNull();
    }

    @Test
    void a_stale_unique_key_pointer_never_returns_a_user_that_no_longer_has_that_key() {
        User saved = save(UserMother.aUser().build());
        User other = save(UserMother.aUser().build());
        findById(other.id());
        seedPointer("email:" + saved.email().value(), other.id());

        assertThat(unitOfWork.execute(() -> users.findByEmail(saved.email()))).contains(saved);
    }

    @Test
    void an_update_that_rolls_back_leaves_the_old_state_readable_and_cached_state_unpoisoned() {
        User saved = save(UserMother.aUser().build());
        warmAllKeys(saved);
        User changed = saved.updateProfile(Profile.of("Rolled", "Back", null));

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            users.save(changed);
            // the unit reads its own write, never the cached old state
            assertThat(users.findById(saved.id())).contains(changed.withVersion(2));
            throw new IllegalStateException("refused after saving");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(findById(saved.id())).contains(saved);
        assertThat(unitOfWork.execute(() -> users.findByEmail(saved.email()))).contains(saved);
        assertThat(findById(saved.id())).contains(saved);
    }

    @Test
    void what_a_rolled_back_unit_read_of_its_own_insert_is_never_cached() {
        User user = UserMother.aUser().build();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
            users.save(user);
            assertThat(users.findById(user.id())).isPresent();
            throw new IllegalStateException("refused after saving");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(findById(user.id())).isEmpty();
        assertThat(redis.rawGet(keys.id(user.id().value()))).isNull();
    }

    @Test
    void a_slow_reader_cannot_cache_what_it_read_before_a_concurrent_update() throws Exception {
        User saved = save(UserMother.aUser().build());
        CountDownLatch readerHasRead = new CountDownLatch(1);
        CountDownLatch writerCommitted = new CountDownLatch(1);

        // the reader's unit reads v1 and commits; its cache fill (an after-commit hook) waits for the writer
        CompletableFuture<Optional<User>> reader = CompletableFuture.supplyAsync(() -> unitOfWork.execute(() -> {
            unitOfWork.afterCommit(() -> {
                readerHasRead.countDown();
                await(writerCommitted);
            });
            return users.findById(saved.id());
        }));
        await(readerHasRead);
        User updated = save(saved.updateProfile(Profile.of("Newer", null, null)));
        writerCommitted.countDown();

        assertThat(reader.get(5, TimeUnit.SECONDS)).contains(saved);
        assertThat(findById(saved.id())).contains(updated);
        assertThat(findById(saved.id())).contains(updated);
        assertThat(redis.count("user", "hit")).isEqualTo(1);
    }

    private User withEmail(User user, EmailAddress email) {
        return new User(user.id(), user.username(), email, user.passwordHash(), user.profile(), user.roles(),
                user.status(), user.createdAt(), user.lastLoginAt(), user.failedLoginAttempts(), user.lockedUntil(),
                user.version());
    }

    private void warmAllKeys(User user) {
        findById(user.id());
        assertThat(findById(user.id())).contains(user);
        assertThat(unitOfWork.execute(() -> users.findByUsername(user.username()))).contains(user);
        assertThat(unitOfWork.execute(() -> users.findByEmail(user.email()))).contains(user);
    }

    private void seedPointer(String field, UserId target) {
        try (var client = io.lettuce.core.RedisClient.create(TestRedis.SHARED_URI);
             var connection = client.connect()) {
            String[] parts = field.split(":", 2);
            connection.sync().set(keys.unique(parts[0], parts[1]), keys.id(target.value()));
        }
    }

    /** A write that does not go through the cache, to see whether a read is answered from the cache. */
    private void changeBehindTheCache(User user) {
        unitOfWork.execute(() -> storage.save(user));
    }

    private User save(User user) {
        return unitOfWork.execute(() -> users.save(user));
    }

    private Optional<User> findById(UserId id) {
        return unitOfWork.execute(() -> users.findById(id));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
