package dev.portside.adapters.postgres.shop;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Products to and from their rows; the product's constructor re-checks its invariants. */
@Mapper
interface ProductRowMapper {

    @Mapping(target = "price", expression = "java(money(row.price(), row.currency()))")
    // the product's behaviours, which MapStruct takes for fluent setters
    @Mapping(target = "reserve", ignore = true)
    @Mapping(target = "release", ignore = true)
    @Mapping(target = "rename", ignore = true)
    @Mapping(target = "recategorize", ignore = true)
    @Mapping(target = "reprice", ignore = true)
    @Mapping(target = "restock", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Product toProduct(ProductRow row);

    @Mapping(target = "price", source = "price.amount")
    @Mapping(target = "currency", source = "price.currency")
    ProductRow toRow(Product product);

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

    /** Stored amounts are at the currency's scale; Money drops the column's extra zeros exactly. */
    default Money money(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency.strip()));
    }

    default String code(Currency currency) {
        return currency.getCurrencyCode();
    }
}
