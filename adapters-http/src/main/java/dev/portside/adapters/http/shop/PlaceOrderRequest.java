package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The lines of a new order; the customer is the caller ({@code customerId}, {@code status} ... are refused). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record PlaceOrderRequest(
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Line> items) {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Line(
            @NotNull @Size(max = 36) String productId,
            @NotNull @Min(1) @Max(1000) Integer quantity) {}
}
