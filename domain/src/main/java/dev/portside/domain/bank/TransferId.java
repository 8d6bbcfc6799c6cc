package dev.portside.domain.bank;

import dev.portside.domain.shared.UuidV7;
import dev.portside.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

/** Identifies a transfer; breaks ties between transfers of the same instant in statements. */
public record TransferId(UUID value) implements Comparable<TransferId> {

    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    public static TransferId newId() {
        return new TransferId(UuidV7.next());
    }

    @Override
    public int compareTo(TransferId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
