package dev.portside.domain.bank;

import dev.portside.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

public record DepositId(UUID value) {

    public DepositId {
        Objects.requireNonNull(value, "value");
    }

    public static DepositId newId() {
        return new DepositId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
