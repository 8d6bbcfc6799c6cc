package dev.portside.adapters.postgres.shop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shop.Product;
import dev.portside.testkit.shop.ProductMother;
import io.micronaut.transaction.exceptions.TransactionException;
import java.util.List;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.testkit.shop.ProductRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The product repository contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresProductRepositoryTest extends ProductRepositoryContract implements OnTestPostgres {

    @Inject
    ProductRepository repository;

    @Inject
    UnitOfWork unitOfWork;

    @Test
    void locking_products_outside_a_unit_of_work_is_refused() {
        Product stored = unitOfWork.execute(() -> repository.save(ProductMother.aProduct().build()));

        assertThatThrownBy(() -> repository.lockAllById(List.of(stored.id())))
                .isInstanceOf(TransactionException.class);
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
