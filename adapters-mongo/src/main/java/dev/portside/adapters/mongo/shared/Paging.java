package dev.portside.adapters.mongo.shared;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.function.Function;

/**
 * Offset paging the way every listing of the API pages: sorted by the requested field and then by id
 * in the same direction (BSON compares UUIDs of subtype 4 byte by byte, i.e. unsigned, most
 * significant half first, like PostgreSQL), cut to the page, plus the count of every match (Micronaut
 * Data sends the find and the count).
 */
public final class Paging {

    private Paging() {}

    /** The page as Micronaut Data asks for it: the requested field, then the id, both in the requested direction. */
    public static Pageable pageable(PageRequest<?> request, String sortProperty) {
        Sort.Order.Direction direction =
                request.direction() == SortDirection.ASC ? Sort.Order.Direction.ASC : Sort.Order.Direction.DESC;
        return Pageable.from(
                request.page(),
                request.size(),
                Sort.of(new Sort.Order(sortProperty, direction, false), new Sort.Order("id", direction, false)));
    }

    /** A Micronaut Data page (items plus the count of every match) as the domain's page. */
    public static <D, T> Page<T> page(
            io.micronaut.data.model.Page<D> found, PageRequest<?> request, Function<D, T> mapper) {
        return new Page<>(
                found.getContent().stream().map(mapper).toList(), request.page(), request.size(), found.getTotalSize());
    }
}
