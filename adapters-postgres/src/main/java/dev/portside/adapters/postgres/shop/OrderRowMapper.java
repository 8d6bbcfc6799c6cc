package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.user.UserId;
import java.util.ArrayList;
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
@Mapper(uses = StoredValues.class, imports = StoredValues.class)
interface OrderRowMapper {

    // the currency is derived from the lines, not a record component MapStruct would see
    @Mapping(target = "currency", expression = "java(StoredValues.currencyCode(order.currency()))")
    OrderRow toRow(Order order);

    @Mapping(target = "key", expression = "java(new OrderItemKey(orderId, lineNo))")
    @Mapping(target = "unitPrice", source = "item.unitPrice.amount")
    OrderItemRow toItemRow(OrderItem item, UUID orderId, short lineNo);

    @Mapping(target = "unitPrice", expression = "java(StoredValues.money(row.unitPrice(), row.currency()))")
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
        rows.forEach(row ->
                byOrder.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byOrder.values().stream()
                .map(lines -> {
                    OrderLineRow head = lines.get(0);
                    return new Order(
                            new OrderId(head.id()),
                            new UserId(head.customerId()),
                            lines.stream().map(this::toItem).toList(),
                            OrderStatus.valueOf(head.status()),
                            head.createdAt(),
                            head.version());
                })
                .toList();
    }
}
