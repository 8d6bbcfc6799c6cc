package dev.portside.domain.user.port;

import dev.portside.domain.shared.Text;
import dev.portside.domain.user.UserStatus;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * Criteria of an admin's user search. {@code q} matches when it is contained, ignoring case, in the
 * username, the email, the first name or the last name; its characters are literal (no wildcards,
 * no patterns). Without a status filter, deleted users are included.
 */
public record UserSearch(Optional<String> q, Optional<UserStatus> status) {

    public static final int Q_MAX_LENGTH = 100;

    public UserSearch {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(status, "status");
        q = q.map(String::strip).filter(text -> !text.isEmpty()).map(text -> Text.required("q", text, 1, Q_MAX_LENGTH));
    }

    public static UserSearch all() {
        return new UserSearch(Optional.empty(), Optional.empty());
    }

    /** From raw input where null means "no filter". */
    public static UserSearch of(@Nullable String q, @Nullable UserStatus status) {
        return new UserSearch(Optional.ofNullable(q), Optional.ofNullable(status));
    }
}
