package dev.portside.domain.blog.port;

import dev.portside.domain.shared.SortField;

/**
 * The sort whitelist of the post listing. Ties are broken by post id in the same direction.
 * {@code title} sorts in binary (code point) order, i.e. PostgreSQL {@code COLLATE "C"} and
 * MongoDB's default simple collation, so both backends agree: "Zebra" comes before "apple".
 */
public enum PostSortField implements SortField {
    PUBLISHED_AT("publishedAt"),
    TITLE("title");

    private final String apiName;

    PostSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
