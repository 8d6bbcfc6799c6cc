package dev.portside.application.shop;

import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.ShopEvents;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.Objects;

public final class ChangeOrderStatusService implements ChangeOrderStatus {

    private final ProductRepository products;
    private final OrderRepository orders;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;

    public ChangeOrderStatusService(
            ProductRepository products, OrderRepository orders, Outbox outbox, UnitOfWork unitOfWork) {
        this.products = Objects.requireNonNull(products, "products");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Order change(ChangeOrderStatusCommand command) {
        Admins.require(command.actor());
        return unitOfWork.execute(() -> {
            Order order = orders.findById(command.orderId()).orElseThrow(() -> DomainException.notFound("order"));
            if (command.status() == OrderStatus.CANCELLED) {
                return OrderCancellation.cancel(order, products, orders, outbox);
            }
            Order saved = orders.save(order.changeStatus(command.status()));
            outbox.append(ShopEvents.orderStatusChanged(order, saved));
            return saved;
        });
    }
}
