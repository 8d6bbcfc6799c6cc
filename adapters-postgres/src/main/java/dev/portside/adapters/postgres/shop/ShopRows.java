package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Quantity;
import dev.portside.domain.shop.Sku;
import dev.portside.domain.user.UserId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rows to domain objects and domain values to parameters. Hand-written rather than MapStruct: the
 * domain types are records of value objects with validating constructors, which a few lines map
 * more plainly than a generated mapper could.
 */
final class ShopRows {

    /** The product columns every product query selects, in this order. */
    static final String PRODUCT_COLUMNS =
            "p.id, p.sku, p.name, p.category, p.price, p.currency, p.stock, p.created_at, p.version";

    /** The order and line columns every order query selects (order {@code o}, lines {@code i}). */
    static final String ORDER_COLUMNS = "o.id, o.customer_id, o.status, o.currency, o.created_at, o.version, "
            + "i.product_id, i.sku, i.name, i.category, i.quantity, i.unit_price";

    private ShopRows() {
    }

    static Product product(ResultSet row) throws SQLException {
        return new Product(
                new ProductId(row.getObject("id", UUID.class)),
                Sku.of(row.getString("sku")),
                ProductName.of(row.getString("name")),
                Category.of(row.getString("category")),
                money(row.getBigDecimal("price"), row.getString("currency")),
                row.getInt("stock"),
                instant(row, "created_at"),
                row.getLong("version"));
    }

    /**
     * Assembles orders from rows of {@link #ORDER_COLUMNS}: one row per line, the lines of an order
     * adjacent and in line order. Orders keep the order of their first row.
     */
    static List<Order> orders(List<OrderRow> rows) {
        Map<UUID, List<OrderRow>> byOrder = new LinkedHashMap<>();
        rows.forEach(row -> byOrder.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byOrder.values().stream().map(ShopRows::order).toList();
    }

    private static Order order(List<OrderRow> lines) {
        OrderRow head = lines.get(0);
        List<OrderItem> items = lines.stream().map(OrderRow::item).toList();
        return new Order(new OrderId(head.id()), new UserId(head.customerId()), items,
                OrderStatus.valueOf(head.status()), head.createdAt(), head.version());
    }

    /** One row of {@link #ORDER_COLUMNS}: an order with one of its lines. */
    record OrderRow(UUID id, UUID customerId, String status, Instant createdAt, long version, OrderItem item) {

        static OrderRow of(ResultSet row) throws SQLException {
            OrderItem item = new OrderItem(
                    new ProductId(row.getObject("product_id", UUID.class)),
                    Sku.of(row.getString("sku")),
                    ProductName.of(row.getString("name")),
                    Category.of(row.getString("category")),
                    Quantity.of(row.getInt("quantity")),
                    money(row.getBigDecimal("unit_price"), row.getString("currency")));
            return new OrderRow(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                    row.getString("status"), instant(row, "created_at"), row.getLong("version"), item);
        }
    }

    /** Stored amounts are at the currency's scale; Money drops the column's extra zeros exactly. */
    static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency(currency));
    }

    static Currency currency(String code) {
        return Currency.getInstance(code.strip());
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** An instant as a timestamptz parameter (java.sql.Timestamp would go through the JVM's zone). */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
