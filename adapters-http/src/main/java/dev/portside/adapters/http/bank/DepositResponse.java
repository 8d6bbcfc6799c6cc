package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

@Serdeable
public record DepositResponse(@Schema(maxLength = 36) UUID accountId, MoneyJson amount, MoneyJson balance) {}
