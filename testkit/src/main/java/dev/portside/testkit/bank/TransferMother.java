package dev.portside.testkit.bank;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * Ledger entries of transfers for tests: {@code TransferMother.aTransfer().from(a).to(b).amount("5.00", "EUR")
 * .at(instant).build()}. Defaults: fresh ids on both sides, 10.00 EUR, no reference, a fixed instant.
 */
public final class TransferMother {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-01T00:00:00Z");

    private TransferMother() {}

    public static Builder aTransfer() {
        return new Builder();
    }

    public static final class Builder {
        private TransferId id = TransferId.newId();
        private AccountId from = AccountId.newId();
        private AccountId to = AccountId.newId();
        private Money amount = Money.of("10.00", "EUR");
        private Optional<String> reference = Optional.empty();
        private Instant createdAt = DEFAULT_CREATED_AT;

        private Builder() {}

        public Builder withId(TransferId value) {
            this.id = value;
            return this;
        }

        public Builder from(AccountId value) {
            this.from = value;
            return this;
        }

        public Builder to(AccountId value) {
            this.to = value;
            return this;
        }

        public Builder amount(String value, String currency) {
            this.amount = Money.of(value, currency);
            return this;
        }

        public Builder reference(String value) {
            this.reference = Optional.of(value);
            return this;
        }

        public Builder at(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Transfer build() {
            return new Transfer(id, from, to, amount, reference, createdAt);
        }
    }
}
