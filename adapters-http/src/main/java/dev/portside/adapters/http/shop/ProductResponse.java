package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProductResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 64) String sku,
        @Schema(maxLength = 255) String name,
        @Schema(maxLength = 100) String category,
        MoneyJson price,
        @Schema(minimum = "0", maximum = "2147483647") int stock,
        @Schema(maxLength = 30) Instant createdAt) {}
