package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;

/**
 * A partial profile change: an absent (or null) field stays as it is, an empty string clears it.
 * Only the profile is here; {@code roles}, {@code status}, {@code email} ... are refused as unknown.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record UpdateProfileRequest(
        @Nullable @Size(max = 100) String firstName,
        @Nullable @Size(max = 100) String lastName,
        @Nullable @Size(max = 1000) String bio) {}
