package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.testkit.shop.OrderRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The order repository contract on PostgreSQL (order lines reference stored products). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOrderRepositoryTest extends OrderRepositoryContract implements OnTestPostgres {

    @Inject
    ProductRepository products;
}
