package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.shop.Product;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductResponse(UUID id, String sku, String name, String category, MoneyJson price, int stock,
                              Instant createdAt) {

    static ProductResponse of(Product product) {
        return new ProductResponse(product.id().value(), product.sku().value(), product.name().value(),
                product.category().value(), MoneyJson.of(product.price()), product.stock(), product.createdAt());
    }
}
