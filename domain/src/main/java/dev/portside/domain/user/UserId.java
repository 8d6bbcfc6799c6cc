package dev.portside.domain.user;

import dev.portside.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
