package dev.portside.domain.blog;

import dev.portside.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

public record PostId(UUID value) {

    public PostId {
        Objects.requireNonNull(value, "value");
    }

    public static PostId newId() {
        return new PostId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
