package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.bank.AccountStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 36) UUID ownerId,
        @Schema(minLength = 3, maxLength = 3) String currency,
        MoneyJson balance,
        AccountStatus status,
        @Schema(maxLength = 30) Instant createdAt) {}
