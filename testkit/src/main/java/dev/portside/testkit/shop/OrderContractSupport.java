package dev.portside.testkit.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import jakarta.inject.Inject;

/** What the order-side contract suites share: orders refer to stored products, all inside units of work. */
public abstract class OrderContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private OrderRepository orders;

    @Inject
    private ProductRepository products;

    @Inject
    private UnitOfWork unitOfWork;

    protected OrderRepository orders() {
        return orders;
    }

    protected ProductRepository products() {
        return products;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
