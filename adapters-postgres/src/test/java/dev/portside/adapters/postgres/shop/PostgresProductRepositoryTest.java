package dev.portside.adapters.postgres.shop;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shop.Product;
import dev.portside.testkit.shop.ProductMother;
import dev.portside.testkit.shop.ProductRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.exceptions.TransactionException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The product repository contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresProductRepositoryTest extends ProductRepositoryContract implements OnTestPostgres {

    @Test
    void locking_products_outside_a_unit_of_work_is_refused() {
        Product stored = unitOfWork()
                .execute(() -> repository().save(ProductMother.aProduct().build()));

        assertThatThrownBy(() -> repository().lockAllById(List.of(stored.id())))
                .isInstanceOf(TransactionException.class);
    }
}
