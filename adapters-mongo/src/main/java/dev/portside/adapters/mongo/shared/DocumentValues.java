package dev.portside.adapters.mongo.shared;

import dev.portside.domain.shared.Money;
import java.util.Currency;

/**
 * The value mappings every {@code *DocumentMapper} shares ({@code @Mapper(uses = DocumentValues.class)}):
 * money as {@link MoneyDocument}, currencies as their ISO codes.
 */
public final class DocumentValues {

    private DocumentValues() {
    }

    public static MoneyDocument money(Money money) {
        return new MoneyDocument(money.amount(), money.currency().getCurrencyCode());
    }

    public static Money money(MoneyDocument money) {
        return new Money(money.amount(), Currency.getInstance(money.currency()));
    }

    public static String currencyCode(Currency currency) {
        return currency.getCurrencyCode();
    }

    public static Currency currency(String code) {
        return Currency.getInstance(code);
    }

    /**
     * Micronaut Data's {@code @Version} stores 0 on insert and compares-and-increments on update, while
     * an aggregate counts its saves from 1 (0 means "never stored"). The stored number is therefore one
     * less than the aggregate's version; these two are the only places that know it.
     */
    public static long storedVersion(long aggregateVersion) {
        return Math.max(aggregateVersion - 1, 0);
    }

    public static long aggregateVersion(long storedVersion) {
        return storedVersion + 1;
    }
}
