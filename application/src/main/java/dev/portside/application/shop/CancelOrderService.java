package dev.portside.application.shop;

import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Objects;

public final class CancelOrderService implements CancelOrder {

    private final ProductRepository products;
    private final OrderRepository orders;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public CancelOrderService(
            ProductRepository products, OrderRepository orders, Outbox outbox, UnitOfWork unitOfWork) {
        this.products = Objects.requireNonNull(products, "products");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Order cancel(CancelOrderCommand command) {
        return unitOfWork.execute(() -> OrderCancellation.cancel(
                VisibleOrders.load(orders, command.actor(), command.orderId()), products, orders, outbox));
    }
}
