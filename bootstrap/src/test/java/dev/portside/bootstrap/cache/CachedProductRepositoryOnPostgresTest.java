package dev.portside.bootstrap.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.observability.DrivenPortObservation;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.testkit.shop.ProductRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The product repository contract through the Redis decorator over the PostgreSQL adapter. */
@MicronautTest(environments = "redis", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachedProductRepositoryOnPostgresTest extends ProductRepositoryContract implements OnTestPostgresAndRedis {

    @Inject
    ProductRepository products;

    @Test
    void the_repository_under_test_is_the_cache_decorator() {
        // under the timing proxy of ADR 20
        assertThat(DrivenPortObservation.target(products).getClass().getSimpleName())
                .isEqualTo("CachingProductRepository");
    }
}
