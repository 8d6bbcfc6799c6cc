package dev.portside.domain.blog.port;

import dev.portside.domain.shared.SortField;

/** The comment listing sorts by creation time only (the API default is ascending); ties by comment id. */
public enum CommentSortField implements SortField {
    CREATED_AT("createdAt");

    private final String apiName;

    CommentSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
