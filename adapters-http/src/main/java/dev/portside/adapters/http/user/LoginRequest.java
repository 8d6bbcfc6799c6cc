package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code login} is a username or an email address. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record LoginRequest(
        @NotBlank @Size(max = 254) String login,
        @NotBlank @Size(max = 128) String password) {}
