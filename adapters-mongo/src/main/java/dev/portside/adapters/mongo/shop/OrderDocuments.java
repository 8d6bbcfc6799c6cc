package dev.portside.adapters.mongo.shop;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;

import dev.portside.adapters.mongo.shared.Values;
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
import java.util.UUID;
import org.bson.Document;

/**
 * An order as one document of {@code orders} with its lines embedded: the order owns them, they never
 * change after the insert, and there are at most 50. The currency, each line's total and the order
 * total are stored as well (derived, never read back into the model) so that the reports are plain
 * {@code $sum}s of exact Decimal128 values.
 */
final class OrderDocuments {

    static final String COLLECTION = "orders";

    private OrderDocuments() {
    }

    static Document toDocument(Order order) {
        return new Document("customerId", order.customerId().value())
                .append("items", order.items().stream().map(OrderDocuments::toDocument).toList())
                .append("currency", order.currency().getCurrencyCode())
                .append("total", Values.decimal(order.total().amount()))
                .append("status", order.status().name())
                .append("createdAt", date(order.createdAt()));
    }

    private static Document toDocument(OrderItem item) {
        return new Document("productId", item.productId().value())
                .append("sku", item.sku().value())
                .append("name", item.name().value())
                .append("category", item.category().value())
                .append("quantity", item.quantity().value())
                .append("unitPrice", Values.money(item.unitPrice()))
                .append("lineTotal", Values.decimal(item.lineTotal().amount()));
    }

    static Order toOrder(Document document) {
        return new Order(
                new OrderId(document.get("_id", UUID.class)),
                new UserId(document.get("customerId", UUID.class)),
                document.getList("items", Document.class).stream().map(OrderDocuments::toItem).toList(),
                OrderStatus.valueOf(document.getString("status")),
                instant(document, "createdAt"),
                document.getLong("version"));
    }

    private static OrderItem toItem(Document item) {
        return new OrderItem(
                new ProductId(item.get("productId", UUID.class)),
                Sku.of(item.getString("sku")),
                ProductName.of(item.getString("name")),
                Category.of(item.getString("category")),
                Quantity.of(item.getInteger("quantity")),
                Values.money(item.get("unitPrice", Document.class)));
    }
}
