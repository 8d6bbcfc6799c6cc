package dev.portside.testkit.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

    private final InMemoryShopFixture shop = new InMemoryShopFixture();

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
