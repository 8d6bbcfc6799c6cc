package dev.portside.adapters.http.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.annotation.Nullable;

/** The admin created at startup ({@code app.bootstrap-admin.*}): all three set, or none ({@link BootstrapAdmin}). */
@ConfigurationProperties("app.bootstrap-admin")
public record BootstrapAdminSettings(
        @Nullable String username,
        @Nullable String email,
        @Nullable String password) {

    @Override
    public String toString() {
        return "BootstrapAdminSettings[username=" + username + ", email=" + email + ", password=****]";
    }
}
