package dev.portside.adapters.http.security;

import dev.portside.application.user.BootstrapAdminOutcome;
import dev.portside.application.user.EnsureBootstrapAdminCommand;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.shared.ValidationException;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the configured admin at startup when {@code app.bootstrap-admin.username}, {@code .email}
 * and {@code .password} are all set, and leaves an existing account of that name alone.
 *
 * <p>The settings are checked while the context starts, before any storage is touched: a partial
 * configuration (almost certainly a typo) or a value the user rules refuse stops the start with the
 * environment variable to fix, instead of a bare {@code password: must be 8-128 characters}.
 *
 * <p>The use case comes through a provider: with no admin configured nothing behind it (the password
 * hasher above all) is built at startup (issue 14, start time).
 */
@Singleton
public final class BootstrapAdmin implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);
    private static final String PREFIX = "app.bootstrap-admin.";

    private final BeanProvider<UserUseCases> user;
    private final Optional<EnsureBootstrapAdminCommand> command;

    public BootstrapAdmin(BeanProvider<UserUseCases> user, BootstrapAdminSettings settings) {
        this.user = user;
        this.command = command(settings.username(), settings.email(), settings.password());
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        command.ifPresent(admin -> {
            BootstrapAdminOutcome outcome = user.get().ensureBootstrapAdmin().ensure(admin);
            LOG.info("bootstrap admin '{}': {}", admin.username(), outcome);
        });
    }

    /** Empty when nothing is configured; otherwise the admin, or a ConfigurationException naming the setting. */
    static Optional<EnsureBootstrapAdminCommand> command(
            @Nullable String username, @Nullable String email, @Nullable String password) {
        List<String> missing = new ArrayList<>();
        if (blank(username)) {
            missing.add("username");
        }
        if (blank(email)) {
            missing.add("email");
        }
        if (blank(password)) {
            missing.add("password");
        }
        if (missing.size() == 3) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("invalid setting "
                    + String.join(
                            ", ", missing.stream().map(BootstrapAdmin::name).toList())
                    + ": the bootstrap admin needs username, email and password all set (or none)");
        }
        try {
            // all three are present: a blank one was reported above
            return Optional.of(EnsureBootstrapAdminCommand.of(
                    Objects.requireNonNull(username), Objects.requireNonNull(email), Objects.requireNonNull(password)));
        } catch (ValidationException e) {
            throw new ConfigurationException("invalid setting " + name(e.field()) + ": " + e.reason());
        }
    }

    /** {@code APP_BOOTSTRAP_ADMIN_PASSWORD (app.bootstrap-admin.password)}: what an operator sets, and where. */
    private static String name(String field) {
        return (PREFIX + field).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + " (" + PREFIX + field
                + ")";
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
