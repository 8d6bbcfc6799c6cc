package dev.portside.adapters.http.user;

import dev.portside.application.user.RegisterUserCommand;
import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Registration. Only these fields exist: a {@code roles} or {@code status} in the body is refused (400). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record RegisterUserRequest(
        @NotBlank @Size(max = 30) String username,
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 128) String password,
        @Nullable @Size(max = 100) String firstName,
        @Nullable @Size(max = 100) String lastName) {

    RegisterUserCommand toCommand() {
        return RegisterUserCommand.of(username, email, password, firstName, lastName);
    }
}
