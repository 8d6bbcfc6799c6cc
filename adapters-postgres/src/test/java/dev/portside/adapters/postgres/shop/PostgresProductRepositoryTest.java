package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.testkit.shop.ProductRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The product repository contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresProductRepositoryTest extends ProductRepositoryContract implements OnTestPostgres {

    @Inject
    ProductRepository repository;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected ProductRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
