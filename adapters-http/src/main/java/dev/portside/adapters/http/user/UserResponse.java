package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the API shows it: never the password or its hash, nor the lockout bookkeeping. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 30) String username,
        @Schema(maxLength = 254) String email,
        @Nullable @Schema(maxLength = 100) String firstName,
        @Nullable @Schema(maxLength = 100) String lastName,
        @Nullable @Schema(maxLength = 1000) String bio,
        @ArraySchema(maxItems = 3) List<Role> roles,
        UserStatus status,
        @Schema(maxLength = 30) Instant createdAt,
        @Nullable @Schema(maxLength = 30) Instant lastLoginAt) {}
