package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.domain.user.Role;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The complete new set of roles (USER, MODERATOR, ADMIN); an unknown role name is a 400. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ChangeRolesRequest(
        @NotNull @NotEmpty @Size(max = 3) Set<@NotNull Role> roles) {}
