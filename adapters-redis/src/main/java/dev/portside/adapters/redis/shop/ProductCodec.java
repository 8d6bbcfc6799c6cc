package dev.portside.adapters.redis.shop;

import dev.portside.adapters.redis.shared.BinaryReader;
import dev.portside.adapters.redis.shared.BinaryWriter;
import dev.portside.adapters.redis.shared.CacheCodec;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shop.Category;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.ProductName;
import dev.portside.domain.shop.Sku;
import java.math.BigDecimal;
import java.util.Currency;

/** A product as cache bytes; the price as its plain decimal text and currency code, so no digit is lost. */
final class ProductCodec implements CacheCodec<Product> {

    @Override
    public byte[] encode(Product product) {
        return new BinaryWriter()
                .uuid(product.id().value())
                .string(product.sku().value())
                .string(product.name().value())
                .string(product.category().value())
                .string(product.price().amountText())
                .string(product.price().currency().getCurrencyCode())
                .integer(product.stock())
                .instant(product.createdAt())
                .number(product.version())
                .toBytes();
    }

    @Override
    public Product decode(byte[] bytes) {
        BinaryReader in = new BinaryReader(bytes);
        Product product = new Product(
                new ProductId(in.uuid()),
                new Sku(in.string()),
                new ProductName(in.string()),
                new Category(in.string()),
                new Money(new BigDecimal(in.string()), Currency.getInstance(in.string())),
                in.integer(),
                in.instant(),
                in.number());
        in.end();
        return product;
    }
}
