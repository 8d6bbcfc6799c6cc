package dev.portside.domain.shared;

public enum SortDirection {
    ASC,
    DESC;

    public static SortDirection parse(String text) {
        if ("asc".equalsIgnoreCase(text)) {
            return ASC;
        }
        if ("desc".equalsIgnoreCase(text)) {
            return DESC;
        }
        throw new ValidationException("sort", "direction must be asc or desc");
    }
}
