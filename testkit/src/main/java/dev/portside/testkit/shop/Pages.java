package dev.portside.testkit.shop;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import java.util.Comparator;
import java.util.List;

/** Sorting and slicing for the in-memory fakes. */
final class Pages {

    private Pages() {}

    /** Sorts by {@code field} then {@code id}, both in the page's direction, and cuts out the page. */
    static <T> Page<T> of(List<T> rows, Comparator<T> field, Comparator<T> id, PageRequest<?> request) {
        Comparator<T> order = field.thenComparing(id);
        if (request.direction() == SortDirection.DESC) {
            order = order.reversed();
        }
        List<T> sorted = rows.stream().sorted(order).toList();
        int from = (int) Math.min(request.offset(), sorted.size());
        int to = Math.min(from + request.size(), sorted.size());
        return new Page<>(sorted.subList(from, to), request.page(), request.size(), sorted.size());
    }
}
