package dev.portside.adapters.postgres.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users} (V2__users.sql); roles are a {@code text[]} in enum order. */
@MappedEntity("users")
record UserRow(
        @Id UUID id,
        String username,
        String email,
        String passwordHash,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String bio,
        String[] roles,
        String status,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        int failedLoginAttempts,
        @Nullable Instant lockedUntil,
        long version) {}
