package dev.portside.application.shop;

import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ShopEvents;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class PlaceOrderService implements PlaceOrder {

    private final ProductRepository products;
    private final OrderRepository orders;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PlaceOrderService(
            ProductRepository products, OrderRepository orders, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Order place(PlaceOrderCommand command) {
        return unitOfWork.execute(() -> {
            // every checkout locks in ascending id order, so two checkouts never deadlock each other
            Map<ProductId, Product> locked = products.lockAllById(command.productIds()).stream()
                    .collect(Collectors.toMap(Product::id, Function.identity()));
            List<OrderItem> items = new ArrayList<>();
            for (OrderLine line : command.lines()) {
                Product product = locked.get(line.productId());
                if (product == null) {
                    throw new DomainException(
                            ErrorCode.PRODUCT_NOT_FOUND, "product " + line.productId() + " not found");
                }
                items.add(OrderItem.snapshotOf(product, line.quantity()));
            }
            // built before any stock moves: a currency mismatch refuses the order as a whole
            Order order = Order.place(command.actor().id(), items, clock.now());
            List<Product> reserved = new ArrayList<>();
            for (OrderLine line : command.lines()) {
                // every line found its product above
                reserved.add(
                        Objects.requireNonNull(locked.get(line.productId())).reserve(line.quantity()));
            }
            // nothing is written until every line could be reserved
            List<Product> saved = reserved.stream().map(products::save).toList();
            Order placed = orders.save(order);
            outbox.append(ShopEvents.orderPlaced(placed));
            saved.forEach(product ->
                    outbox.append(ShopEvents.stockChanged(Objects.requireNonNull(locked.get(product.id())), product)));
            return placed;
        });
    }
}
