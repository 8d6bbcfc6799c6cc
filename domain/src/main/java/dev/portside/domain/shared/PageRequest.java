package dev.portside.domain.shared;

/** A page of a listing: 0-based page number, size 1-100, and a sort on a whitelisted field. */
public record PageRequest<F extends Enum<F> & SortField>(int page, int size, F sortField, SortDirection direction) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (sortField == null) {
            throw new ValidationException("sort", "is required");
        }
        if (direction == null) {
            throw new ValidationException("sort", "direction is required");
        }
        // page * size must stay addressable as an offset
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new ValidationException("page", "is too large");
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
