package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountResponse(UUID id, UUID ownerId, String currency, MoneyJson balance, AccountStatus status,
                              Instant createdAt) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id().value(), account.ownerId().value(),
                account.currency().getCurrencyCode(), MoneyJson.of(account.balance()), account.status(),
                account.createdAt());
    }
}
