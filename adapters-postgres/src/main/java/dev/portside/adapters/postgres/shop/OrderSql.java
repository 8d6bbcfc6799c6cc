package dev.portside.adapters.postgres.shop;

import static dev.portside.adapters.postgres.shop.ShopRows.ORDER_COLUMNS;

import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import java.util.ArrayList;
import java.util.List;

/** The order statements, each backed by an index of V4__shop.sql (ShopQueryPlansTest proves it). */
final class OrderSql {

    static final String INSERT_ITEM = """
            insert into order_items (order_id, line_no, product_id, sku, name, category, quantity, unit_price)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private OrderSql() {
    }

    /** The order with its lines, one row per line. */
    static Query findById(OrderId id) {
        return Query.of("select " + ORDER_COLUMNS + """
                 from orders o join order_items i on i.order_id = o.id
                 where o.id = ?
                 order by i.line_no
                """, id.value());
    }

    /** Inserts at version 1; an existing id inserts nothing (the caller reports a version conflict). */
    static Query insert(Order order) {
        return Query.of("""
                insert into orders (id, customer_id, status, currency, created_at, version)
                values (?, ?, ?, ?, ?, 1)
                on conflict (id) do nothing
                """,
                order.id().value(), order.customerId().value(), order.status().name(),
                order.currency().getCurrencyCode(), ShopRows.timestamp(order.createdAt()));
    }

    /** The parameters of {@link #INSERT_ITEM} for each line, numbered from 1 in the order's line order. */
    static List<List<Object>> itemParams(Order order) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < order.items().size(); i++) {
            OrderItem item = order.items().get(i);
            rows.add(List.of(order.id().value(), i + 1, item.productId().value(), item.sku().value(),
                    item.name().value(), item.category().value(), item.quantity().value(),
                    item.unitPrice().amount()));
        }
        return rows;
    }

    /** Lines never change, so an update is the status, from the version the order was read at. */
    static Query update(Order order) {
        return Query.of("update orders set status = ?, version = version + 1 where id = ? and version = ?",
                order.status().name(), order.id().value(), order.version());
    }

    /**
     * One page of orders with their lines in a single statement: the page is cut from orders alone
     * (index on customer, status or creation time, then id), then joined to its lines.
     */
    static Query searchPage(OrderSearch search, PageRequest<OrderSortField> page) {
        Query where = where(search);
        String direction = page.direction() == SortDirection.DESC ? "desc" : "asc";
        String order = "o.created_at " + direction + ", o.id " + direction;
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        return new Query("with page as (select * from orders o" + where.sql() + " order by " + order
                + " limit ? offset ?)"
                + " select " + ORDER_COLUMNS + " from page o join order_items i on i.order_id = o.id"
                + " order by " + order + ", i.line_no", params);
    }

    static Query searchCount(OrderSearch search) {
        Query where = where(search);
        return new Query("select count(*) from orders o" + where.sql(), where.params());
    }

    private static Query where(OrderSearch search) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        search.customerId().ifPresent(customer -> {
            conditions.add("o.customer_id = ?");
            params.add(customer.value());
        });
        search.status().ifPresent(status -> {
            conditions.add("o.status = ?");
            params.add(status.name());
        });
        return new Query(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }
}
