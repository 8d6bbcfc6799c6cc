package dev.portside.adapters.http.paging;

import dev.portside.domain.shared.Page;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** {@code {"items": [...], "page": 0, "size": 20, "totalItems": 57, "totalPages": 3}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(),
                mapped.totalPages());
    }
}
