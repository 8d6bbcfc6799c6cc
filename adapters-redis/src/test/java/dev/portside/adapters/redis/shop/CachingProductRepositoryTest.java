package dev.portside.adapters.redis.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.ProductMother;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingProductRepositoryTest {

    private static final int WRITES_PER_WRITER = 25;

    private final TestRedis redis = TestRedis.shared();
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryProductRepository storage = new InMemoryProductRepository(database);
    private final CachingProductRepository products = new CachingProductRepository(storage, unitOfWork, redis.caches());

    @AfterEach
    void closeRedis() {
        redis.close();
    }

    @Test
    void locking_reads_always_return_the_stored_row_not_the_cached_one() {
        Product saved = save(ProductMother.aProduct().withStock(5).build());
        findById(saved.id());
        unitOfWork.execute(() -> storage.save(saved.restock(4)));

        List<Product> locked = unitOfWork.execute(() -> products.lockAllById(List.of(saved.id())));

        assertThat(locked).extracting(Product::stock).containsExactly(4);
    }

    @Test
    void an_update_then_a_read_by_sku_returns_the_new_state() {
        Product saved = save(ProductMother.aProduct().withStock(5).build());
        findById(saved.id());
        assertThat(unitOfWork.execute(() -> products.findBySku(saved.sku()))).contains(saved);

        Product updated = save(saved.restock(9));

        assertThat(unitOfWork.execute(() -> products.findBySku(saved.sku()))).contains(updated);
    }

    @Test
    void two_concurrent_writers_and_a_reader_end_with_the_cache_agreeing_with_storage() throws Exception {
        Product saved = save(ProductMother.aProduct().withStock(0).build());
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<?> first = threads.submit(() -> incrementStock(saved.id()));
            Future<?> second = threads.submit(() -> incrementStock(saved.id()));
            Future<?> reader = threads.submit(() -> {
                for (int i = 0; i < 2 * WRITES_PER_WRITER; i++) {
                    findById(saved.id());
                }
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
            reader.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        Product stored = unitOfWork.execute(() -> storage.findById(saved.id())).orElseThrow();
        assertThat(stored.stock()).isEqualTo(2 * WRITES_PER_WRITER);
        assertThat(findById(saved.id())).contains(stored);
        assertThat(findById(saved.id())).contains(stored);
        assertThat(unitOfWork.execute(() -> products.findBySku(saved.sku()))).contains(stored);
    }

    /** Read, change, save in one unit, as a use case does; a version conflict reruns the unit. */
    private void incrementStock(ProductId id) {
        for (int i = 0; i < WRITES_PER_WRITER; i++) {
            unitOfWork.run(() -> {
                Product current = products.findById(id).orElseThrow();
                products.save(current.restock(current.stock() + 1));
            });
        }
    }

    private Product save(Product product) {
        return unitOfWork.execute(() -> products.save(product));
    }

    private Optional<Product> findById(ProductId id) {
        return unitOfWork.execute(() -> products.findById(id));
    }
}
