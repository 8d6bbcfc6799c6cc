package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.application.user.RegisterUserCommand;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Username;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Registration. Only these fields exist: a {@code roles} or {@code status} in the body is refused (400). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record RegisterUserRequest(
        // the domain's limits, repeated here so that the OpenAPI document states them and every field is
        // reported at once (the domain stops at the first invalid value)
        @NotBlank
        @Size(min = Username.MIN_LENGTH, max = Username.MAX_LENGTH, message = "must be 3-30 characters")
        @Schema(pattern = "^[a-zA-Z0-9_.-]+$", description = "unique ignoring case")
        String username,

        @NotBlank @Size(max = 254) String email,

        @NotBlank
        @Size(min = PlainPassword.MIN_LENGTH, max = PlainPassword.MAX_LENGTH, message = "must be 8-128 characters")
        String password,

        @Nullable @Size(max = 100) String firstName,
        @Nullable @Size(max = 100) String lastName) {

    RegisterUserCommand toCommand() {
        return RegisterUserCommand.of(username, email, password, firstName, lastName);
    }
}
