package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DepositRequest(@NotNull @Valid MoneyJson amount) {}
