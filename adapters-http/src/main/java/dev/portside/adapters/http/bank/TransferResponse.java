package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TransferResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 36) UUID fromAccountId,
        @Schema(maxLength = 36) UUID toAccountId,
        MoneyJson amount,
        @Nullable @Schema(maxLength = 140) String reference,
        @Schema(maxLength = 30) Instant createdAt) {}
