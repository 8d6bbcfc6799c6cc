package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Only the currency: an account starts OPEN with a zero balance ({@code balance}, {@code ownerId} ... are refused). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record OpenAccountRequest(
        @NotNull @Size(min = 3, max = 3) String currency) {}
