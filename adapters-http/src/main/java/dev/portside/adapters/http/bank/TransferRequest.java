package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record TransferRequest(
        @NotNull @Size(max = 36) String fromAccountId,
        @NotNull @Size(max = 36) String toAccountId,
        @NotNull @Valid MoneyJson amount,
        @Nullable @Size(max = 140) String reference) {}
