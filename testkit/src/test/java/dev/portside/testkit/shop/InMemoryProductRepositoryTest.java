package dev.portside.testkit.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;

class InMemoryProductRepositoryTest extends ProductRepositoryContract {

    private final InMemoryShopFixture shop = new InMemoryShopFixture();

    @Override
    protected ProductRepository repository() {
        return shop.products;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return shop.unitOfWork;
    }
}
