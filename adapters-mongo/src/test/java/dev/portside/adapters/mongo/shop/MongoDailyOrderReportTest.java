package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.testkit.shop.DailyOrderReportContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoDailyOrderReportTest extends DailyOrderReportContract implements OnTestMongo {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    OrderRepository orders;

    @Inject
    ProductRepository products;

    @Override
    protected OrderRepository orders() {
        return orders;
    }

    @Override
    protected ProductRepository products() {
        return products;
    }

    @Inject
    DailyOrderReport report;

    @Override
    protected DailyOrderReport report() {
        return report;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
