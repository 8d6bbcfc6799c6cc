package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.bank.Transfer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TransferResponse(UUID id, UUID fromAccountId, UUID toAccountId, MoneyJson amount,
                               @Nullable String reference, Instant createdAt) {

    static TransferResponse of(Transfer transfer) {
        return new TransferResponse(transfer.id().value(), transfer.fromAccountId().value(),
                transfer.toAccountId().value(), MoneyJson.of(transfer.amount()), transfer.reference().orElse(null),
                transfer.createdAt());
    }
}
