package dev.portside.testkit.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;

class InMemoryDailyOrderReportTest extends DailyOrderReportContract {

    private final InMemoryShopFixture shop = new InMemoryShopFixture();

    @Override
    protected DailyOrderReport report() {
        return shop.dailyOrderReport;
    }

    @Override
    protected OrderRepository orders() {
        return shop.orders;
    }

    @Override
    protected ProductRepository products() {
        return shop.products;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return shop.unitOfWork;
    }
}
