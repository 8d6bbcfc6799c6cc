package dev.portside.domain.bank;

import dev.portside.domain.shared.UuidV7;
import dev.portside.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies an account. Natural order is the database's uuid order, which is the lock order. */
public record AccountId(UUID value) implements Comparable<AccountId> {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId newId() {
        return new AccountId(UuidV7.next());
    }

    /** Parses an id from API input, refusing garbage as a validation failure of {@code field}. */
    public static AccountId parse(String field, String text) {
        return new AccountId(Uuids.parse(field, text));
    }

    @Override
    public int compareTo(AccountId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
