package dev.portside.adapters.redis.shop;

import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.ProductRepositoryContract;
import org.junit.jupiter.api.AfterAll;

/** The product contract through the cache, over the in-memory fake, with a real Redis. */
class CachingProductRepositoryContractTest extends ProductRepositoryContract {

    private static final TestRedis REDIS = TestRedis.shared();

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final ProductRepository repository =
            new CachingProductRepository(new InMemoryProductRepository(database), unitOfWork, REDIS.caches());

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }

    @Override
    protected ProductRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
