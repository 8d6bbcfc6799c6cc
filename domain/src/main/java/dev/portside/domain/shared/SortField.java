package dev.portside.domain.shared;

/**
 * A field a listing may be sorted by. Each listing has its own enum of these, which is the
 * whitelist: an unknown name cannot become a sort.
 */
public interface SortField {

    /** The name clients use in {@code sort=name,asc}. */
    String apiName();

    static <F extends Enum<F> & SortField> F parse(Class<F> type, String apiName) {
        for (F field : type.getEnumConstants()) {
            if (field.apiName().equals(apiName)) {
                return field;
            }
        }
        throw new ValidationException("sort", "cannot sort by '" + apiName + "'");
    }
}
