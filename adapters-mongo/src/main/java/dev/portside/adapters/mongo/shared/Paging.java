package dev.portside.adapters.mongo.shared;

import com.mongodb.client.model.Sorts;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Offset paging the way every listing of the API pages: sorted by the requested field and then by id
 * in the same direction (BSON compares UUIDs of subtype 4 byte by byte, i.e. unsigned, most
 * significant half first, like PostgreSQL), cut to the page, plus the count of every match.
 */
public final class Paging {

    private Paging() {
    }

    /** The page as Micronaut Data asks for it: the requested field, then the id, both in the requested direction. */
    public static Pageable pageable(PageRequest<?> request, String sortProperty) {
        Sort.Order.Direction direction = request.direction() == SortDirection.ASC
                ? Sort.Order.Direction.ASC : Sort.Order.Direction.DESC;
        return Pageable.from(request.page(), request.size(),
                Sort.of(new Sort.Order(sortProperty, direction, false), new Sort.Order("id", direction, false)));
    }

    /** A Micronaut Data page (items plus the count of every match) as the domain's page. */
    public static <D, T> Page<T> page(io.micronaut.data.model.Page<D> found, PageRequest<?> request,
                                      Function<D, T> mapper) {
        return new Page<>(found.getContent().stream().map(mapper).toList(), request.page(), request.size(),
                found.getTotalSize());
    }

    public static Bson sort(String field, SortDirection direction) {
        return direction == SortDirection.ASC
                ? Sorts.ascending(field, "_id")
                : Sorts.descending(field, "_id");
    }

    public static <T> Page<T> page(BoundCollection collection, Bson filter, String sortField, PageRequest<?> request,
                                   Function<Document, T> mapper) {
        List<T> items = new ArrayList<>();
        collection.find(filter)
                .sort(sort(sortField, request.direction()))
                .skip((int) request.offset())
                .limit(request.size())
                .forEach(document -> items.add(mapper.apply(document)));
        long total = collection.count(filter);
        return new Page<>(items, request.page(), request.size(), total);
    }
}
