package dev.portside.testkit.bank;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.AccountStatus;
import dev.portside.domain.shared.Money;
import dev.portside.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * Accounts for tests: {@code AccountMother.anAccount().ownedBy(owner).withBalance("10.00").build()}.
 * Defaults: a fresh id and owner, EUR, empty, OPEN, a fixed creation time, version 0 (unsaved).
 * A balance set here has no ledger entries behind it; tests of the ledger invariant fund accounts
 * through deposits instead.
 */
public final class AccountMother {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-01-01T00:00:00Z");

    private AccountMother() {}

    public static Builder anAccount() {
        return new Builder();
    }

    public static Account anOpenAccount(UserId ownerId, String currency) {
        return anAccount().ownedBy(ownerId).inCurrency(currency).build();
    }

    public static final class Builder {
        private AccountId id = AccountId.newId();
        private UserId ownerId = UserId.newId();
        private Currency currency = Currency.getInstance("EUR");
        private String balance = "0";
        private AccountStatus status = AccountStatus.OPEN;
        private Instant createdAt = DEFAULT_CREATED_AT;
        private long version;

        private Builder() {}

        public Builder withId(AccountId value) {
            this.id = value;
            return this;
        }

        public Builder ownedBy(UserId value) {
            this.ownerId = value;
            return this;
        }

        public Builder inCurrency(String code) {
            this.currency = Money.currency(code);
            return this;
        }

        public Builder withBalance(String amount) {
            this.balance = amount;
            return this;
        }

        public Builder withStatus(AccountStatus value) {
            this.status = value;
            return this;
        }

        public Builder frozen() {
            return withStatus(AccountStatus.FROZEN);
        }

        public Builder closed() {
            return withStatus(AccountStatus.CLOSED);
        }

        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        public Builder withVersion(long value) {
            this.version = value;
            return this;
        }

        public Account build() {
            return new Account(
                    id, ownerId, currency, new Money(new BigDecimal(balance), currency), status, createdAt, version);
        }
    }
}
