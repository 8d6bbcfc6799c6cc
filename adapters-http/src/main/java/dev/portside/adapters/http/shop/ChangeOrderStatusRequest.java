package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PENDING, PROCESSING, SHIPPED, DELIVERED, CANCELLED}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ChangeOrderStatusRequest(
        @NotNull @Size(max = 20) String status) {}
