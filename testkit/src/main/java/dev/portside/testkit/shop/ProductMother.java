package dev.portside.testkit.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import java.time.Instant;
import java.util.UUID;

/**
 * Unsaved products for tests: {@code ProductMother.aProduct().withStock(3).build()}. Every product
 * gets a fresh id and a unique sku, so tests can share a database. Instants are whole milliseconds,
 * which every backend stores exactly.
 */
public final class ProductMother {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2024-05-01T10:00:00Z");

    private ProductId id = ProductId.newId();
    private String sku = uniqueSku();
    private String name = "Product " + sku;
    private String category = "General";
    private Money price = Money.of("10.00", "EUR");
    private int stock = 100;
    private Instant createdAt = DEFAULT_CREATED_AT;

    private ProductMother() {}

    public static ProductMother aProduct() {
        return new ProductMother();
    }

    /** A sku nobody else uses: "SKU-" and 12 random hex digits. */
    public static String uniqueSku() {
        return "SKU-" + randomToken();
    }

    /** 12 random hex digits, for names and categories a test wants to itself. */
    public static String randomToken() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public ProductMother withId(ProductId value) {
        this.id = value;
        return this;
    }

    public ProductMother withSku(String value) {
        this.sku = value;
        return this;
    }

    public ProductMother withName(String value) {
        this.name = value;
        return this;
    }

    public ProductMother withCategory(String value) {
        this.category = value;
        return this;
    }

    public ProductMother withPrice(String amount, String currency) {
        this.price = Money.of(amount, currency);
        return this;
    }

    public ProductMother withStock(int value) {
        this.stock = value;
        return this;
    }

    public ProductMother createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public Product build() {
        return new Product(id, Sku.of(sku), ProductName.of(name), Category.of(category), price, stock, createdAt, 0);
    }
}
