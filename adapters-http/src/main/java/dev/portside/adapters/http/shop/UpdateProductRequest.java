package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A partial change: absent fields stay. The sku never changes; {@code sku}, {@code id} ... are refused. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record UpdateProductRequest(
        @Nullable @Size(max = 255) String name,
        @Nullable @Size(max = 100) String category,
        @Nullable @Valid MoneyJson price,
        @Nullable @PositiveOrZero @Max(Integer.MAX_VALUE) Integer stock) {}
