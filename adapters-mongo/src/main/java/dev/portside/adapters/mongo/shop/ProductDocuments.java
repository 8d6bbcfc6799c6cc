package dev.portside.adapters.mongo.shop;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import java.util.Locale;
import java.util.UUID;
import org.bson.Document;

/**
 * A product as a document of {@code products}. Skus are upper case already, so the unique index on
 * {@code sku} is case-insensitive for the business; {@code categoryKey} is the lower-case category the
 * filter compares, indexed, while {@code category} keeps the spelling shown and reported.
 */
final class ProductDocuments {

    static final String COLLECTION = "products";
    static final String SKU_INDEX = "products_sku_unique";

    private ProductDocuments() {
    }

    static String categoryKey(Category category) {
        return category.value().toLowerCase(Locale.ROOT);
    }

    static Document toDocument(Product product) {
        return new Document("sku", product.sku().value())
                .append("name", product.name().value())
                .append("category", product.category().value())
                .append("categoryKey", categoryKey(product.category()))
                .append("price", Values.money(product.price()))
                .append("stock", product.stock())
                .append("createdAt", date(product.createdAt()));
    }

    static Product toProduct(Document document) {
        return new Product(
                new ProductId(document.get("_id", UUID.class)),
                Sku.of(document.getString("sku")),
                ProductName.of(document.getString("name")),
                Category.of(document.getString("category")),
                Values.money(document.get("price", Document.class)),
                document.getInteger("stock"),
                instant(document, "createdAt"),
                document.getLong("version"));
    }
}
