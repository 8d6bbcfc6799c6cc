package dev.portside.adapters.http.paging;

import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.SortField;
import dev.portside.domain.shared.ValidationException;
import jakarta.annotation.Nullable;

/**
 * {@code page}, {@code size} and {@code sort=field,asc|desc} as every listing reads them: size 20 by
 * default and at most 100, the sort field from the listing's own whitelist enum.
 */
public final class PageParams {

    private static final int MAX_SORT_LENGTH = 64;

    private PageParams() {}

    public static <F extends Enum<F> & SortField> PageRequest<F> parse(
            Class<F> fields,
            @Nullable Integer page,
            @Nullable Integer size,
            @Nullable String sort,
            F defaultField,
            SortDirection defaultDirection) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? PageRequest.DEFAULT_SIZE : size;
        if (sort == null || sort.isBlank()) {
            return new PageRequest<>(pageNumber, pageSize, defaultField, defaultDirection);
        }
        if (sort.length() > MAX_SORT_LENGTH) {
            throw new ValidationException("sort", "is too long");
        }
        String[] parts = sort.split(",", -1);
        if (parts.length > 2) {
            throw new ValidationException("sort", "must be field or field,asc|desc");
        }
        F field = SortField.parse(fields, parts[0].strip());
        SortDirection direction = parts.length == 2 ? SortDirection.parse(parts[1].strip()) : SortDirection.ASC;
        return new PageRequest<>(pageNumber, pageSize, field, direction);
    }
}
