package dev.portside.adapters.mongo.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user in {@code users}. Next to the username as typed it stores {@code usernameKey}, the lower-case
 * form that the unique index, the lookups and the sort use (emails are lower-case already), so no
 * case-insensitive collation is needed anywhere. Absent optional values are missing fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(UserDocument.COLLECTION)
record UserDocument(
        @Id UUID id,
        String username,
        String usernameKey,
        String email,
        String passwordHash,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String bio,
        List<String> roles,
        String status,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        int failedLoginAttempts,
        @Nullable Instant lockedUntil,
        @Version long version) {

    static final String COLLECTION = "users";
    static final String USERNAME_INDEX = "users_username_key_unique";
}
