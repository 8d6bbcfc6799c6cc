package dev.portside.application.shop;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.port.OrderRepository;
import java.util.Objects;

public final class GetOrderService implements GetOrder {

    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;

    public GetOrderService(OrderRepository orders, UnitOfWork unitOfWork) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Order get(GetOrderQuery query) {
        return unitOfWork.read(() -> VisibleOrders.load(orders, query.actor(), query.orderId()));
    }
}
