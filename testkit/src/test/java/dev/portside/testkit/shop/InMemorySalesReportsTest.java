package dev.portside.testkit.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;

class InMemorySalesReportsTest extends SalesReportsContract {

    private final InMemoryShopFixture shop = new InMemoryShopFixture();

    @Override
    protected SalesReports reports() {
        return shop.salesReports;
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
