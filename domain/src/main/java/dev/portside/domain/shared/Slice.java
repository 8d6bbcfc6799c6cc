package dev.portside.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A keyset-paged slice (statements): the items and the opaque cursor of the next slice, if any.
 * Unlike {@link Page} it never counts, so it stays cheap however long the history grows.
 */
public record Slice<T, C>(List<T> items, Optional<C> next) {

    public Slice {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        Objects.requireNonNull(next, "next");
    }
}
