package dev.portside.adapters.http.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** {@code {"items": [...], "page": 0, "size": 20, "totalItems": 57, "totalPages": 3}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(
        @ArraySchema(maxItems = 100) List<T> items,
        @Schema(minimum = "0", maximum = "2147483647") int page,
        @Schema(minimum = "1", maximum = "100") int size,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long totalItems,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long totalPages) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<? super D, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageResponse<>(
                mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
    }
}
