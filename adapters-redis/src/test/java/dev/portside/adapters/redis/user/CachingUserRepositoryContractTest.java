package dev.portside.adapters.redis.user;

import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.UserRepositoryContract;
import org.junit.jupiter.api.AfterAll;

/** The user contract through the cache, over the in-memory fake, with a real Redis. */
class CachingUserRepositoryContractTest extends UserRepositoryContract {

    private static final TestRedis REDIS = TestRedis.shared();

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final UserRepository repository =
            new CachingUserRepository(new InMemoryUserRepository(database), unitOfWork, REDIS.caches());

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
