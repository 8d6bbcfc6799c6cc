package dev.portside.domain.user.port;

import dev.portside.domain.shared.SortField;

/**
 * The sorts a user search accepts. Whatever the field, ties are broken by id in the same direction,
 * so paging is stable. Text fields compare by their lower-case form, code point by code point
 * (binary, not a locale collation). An absent {@code lastLoginAt} sorts as the earliest value.
 */
public enum UserSortField implements SortField {
    CREATED_AT("createdAt"),
    /** By the lower-case form: usernames are unique ignoring case, so they also sort ignoring it. */
    USERNAME("username"),
    EMAIL("email"),
    /** Users who never logged in come first ascending and last descending. */
    LAST_LOGIN_AT("lastLoginAt");

    private final String apiName;

    UserSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
