package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.testkit.shop.SalesReportsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The sales report contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSalesReportsTest extends SalesReportsContract implements OnTestPostgres {

    @Inject
    SalesReports reports;

    @Inject
    OrderRepository orders;

    @Inject
    ProductRepository products;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected SalesReports reports() {
        return reports;
    }

    @Override
    protected OrderRepository orders() {
        return orders;
    }

    @Override
    protected ProductRepository products() {
        return products;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
