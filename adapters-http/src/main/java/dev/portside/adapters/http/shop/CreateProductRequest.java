package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record CreateProductRequest(
        @NotNull @Size(max = 64) String sku,
        @NotNull @Size(max = 255) String name,
        @NotNull @Size(max = 100) String category,
        @NotNull @Valid MoneyJson price,
        @NotNull @PositiveOrZero @Max(Integer.MAX_VALUE) Integer stock) {}
