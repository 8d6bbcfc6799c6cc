package dev.portside.domain.blog;

import dev.portside.domain.shared.UuidV7;
import java.util.Objects;
import java.util.UUID;

public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    public static CommentId newId() {
        return new CommentId(UuidV7.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
