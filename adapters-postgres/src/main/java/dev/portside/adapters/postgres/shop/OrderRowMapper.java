package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.user.UserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Orders to and from their rows. MapStruct maps the single rows; grouping joined rows into orders and
 * numbering the lines are the two hand-written methods, since no mapper generator assembles aggregates
 * out of several rows.
 */
@Mapper
interface OrderRowMapper {

    // the currency is derived from the lines, not a record component MapStruct would see
    @Mapping(target = "currency", expression = "java(code(order.currency()))")
    OrderRow toRow(Order order);

    @Mapping(target = "key", expression = "java(new OrderItemKey(orderId, lineNo))")
    @Mapping(target = "unitPrice", source = "item.unitPrice.amount")
    OrderItemRow toItemRow(OrderItem item, UUID orderId, short lineNo);

    @Mapping(target = "unitPrice", expression = "java(money(row.unitPrice(), row.currency()))")
    OrderItem toItem(OrderLineRow row);

    /** The lines of an order, numbered from 1 in the order's line order. */
    default List<OrderItemRow> toItemRows(Order order) {
        List<OrderItemRow> rows = new ArrayList<>();
        for (int i = 0; i < order.items().size(); i++) {
            rows.add(toItemRow(order.items().get(i), order.id().value(), (short) (i + 1)));
        }
        return rows;
    }

    /**
     * Assembles orders from joined rows: one row per line, the lines of an order adjacent and in line
     * order. Orders keep the order of their first row.
     */
    default List<Order> toOrders(List<OrderLineRow> rows) {
        Map<UUID, List<OrderLineRow>> byOrder = new LinkedHashMap<>();
        rows.forEach(row -> byOrder.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byOrder.values().stream().map(lines -> {
            OrderLineRow head = lines.get(0);
            return new Order(new OrderId(head.id()), new UserId(head.customerId()),
                    lines.stream().map(this::toItem).toList(), OrderStatus.valueOf(head.status()),
                    head.createdAt(), head.version());
        }).toList();
    }

    default UUID value(OrderId id) {
        return id.value();
    }

    default UUID value(UserId id) {
        return id.value();
    }

    default ProductId productId(UUID id) {
        return new ProductId(id);
    }

    default UUID value(ProductId id) {
        return id.value();
    }

    default Sku sku(String sku) {
        return Sku.of(sku);
    }

    default String value(Sku sku) {
        return sku.value();
    }

    default ProductName name(String name) {
        return ProductName.of(name);
    }

    default String value(ProductName name) {
        return name.value();
    }

    default Category category(String category) {
        return Category.of(category);
    }

    default String value(Category category) {
        return category.value();
    }

    default Quantity quantity(int quantity) {
        return Quantity.of(quantity);
    }

    default int value(Quantity quantity) {
        return quantity.value();
    }

    /** Stored amounts are at the currency's scale; Money drops the column's extra zeros exactly. */
    default Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency.strip()));
    }

    default String code(Currency currency) {
        return currency.getCurrencyCode();
    }
}
