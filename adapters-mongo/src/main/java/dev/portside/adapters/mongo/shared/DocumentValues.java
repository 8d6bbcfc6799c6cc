package dev.portside.adapters.mongo.shared;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.shared.Money;

/**
 * The value mappings only documents have, which every {@code *DocumentMapper} uses beside the storage
 * adapters' shared {@link StoredValues} ({@code @Mapper(uses = {StoredValues.class, DocumentValues.class})}):
 * money as an embedded {@link MoneyDocument}, and the stored version's offset.
 */
public final class DocumentValues {

    private DocumentValues() {}

    public static MoneyDocument money(Money money) {
        return new MoneyDocument(money.amount(), money.currency().getCurrencyCode());
    }

    public static Money money(MoneyDocument money) {
        return StoredValues.money(money.amount(), money.currency());
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
