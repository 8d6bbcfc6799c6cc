package dev.portside.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a listing plus the total, as every paged API response reports it. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
