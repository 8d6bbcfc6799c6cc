package dev.portside.adapters.postgres.bank;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.shared.Money;
import dev.portside.domain.user.UserId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** The bank's value objects to and from their columns, shared by the bank's MapStruct mappers. */
interface BankValues {

    default AccountId accountId(UUID id) {
        return new AccountId(id);
    }

    default UUID uuid(AccountId id) {
        return id.value();
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }

    default UUID uuid(UserId id) {
        return id.value();
    }

    default TransferId transferId(UUID id) {
        return new TransferId(id);
    }

    default UUID uuid(TransferId id) {
        return id.value();
    }

    default DepositId depositId(UUID id) {
        return new DepositId(id);
    }

    default UUID uuid(DepositId id) {
        return id.value();
    }

    default Currency currency(String code) {
        return Money.currency(code);
    }

    default String currencyCode(Currency currency) {
        return currency.getCurrencyCode();
    }

    default Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency(currency));
    }

    default Optional<String> optional(String text) {
        return Optional.ofNullable(text);
    }

    default String orNull(Optional<String> text) {
        return text.orElse(null);
    }
}
