package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.shop.OrderStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 36) UUID customerId,
        @ArraySchema(maxItems = 50) List<Item> items,
        MoneyJson total,
        OrderStatus status,
        @Schema(maxLength = 30) Instant createdAt) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(
            @Schema(maxLength = 36) UUID productId,
            @Schema(maxLength = 64) String sku,
            @Schema(maxLength = 255) String name,
            @Schema(minimum = "1", maximum = "1000") int quantity,
            MoneyJson unitPrice,
            MoneyJson lineTotal) {}
}
