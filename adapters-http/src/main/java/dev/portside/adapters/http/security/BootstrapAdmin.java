package dev.portside.adapters.http.security;

import dev.portside.application.user.BootstrapAdminOutcome;
import dev.portside.application.user.EnsureBootstrapAdmin;
import dev.portside.application.user.EnsureBootstrapAdminCommand;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the configured admin at startup when {@code app.bootstrap-admin.username}, {@code .email}
 * and {@code .password} are all set, and leaves an existing account of that name alone. A partial
 * configuration creates nothing and says so in the log, since it is almost certainly a typo.
 */
@Singleton
public final class BootstrapAdmin implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final EnsureBootstrapAdmin ensureBootstrapAdmin;
    private final Optional<String> username;
    private final Optional<String> email;
    private final Optional<String> password;

    public BootstrapAdmin(EnsureBootstrapAdmin ensureBootstrapAdmin,
                          @Value("${app.bootstrap-admin.username:}") String username,
                          @Value("${app.bootstrap-admin.email:}") String email,
                          @Value("${app.bootstrap-admin.password:}") String password) {
        this.ensureBootstrapAdmin = ensureBootstrapAdmin;
        this.username = present(username);
        this.email = present(email);
        this.password = present(password);
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (username.isEmpty() && email.isEmpty() && password.isEmpty()) {
            return;
        }
        if (username.isEmpty() || email.isEmpty() || password.isEmpty()) {
            LOG.warn("app.bootstrap-admin is incomplete (username, email and password are all needed): no admin created");
            return;
        }
        BootstrapAdminOutcome outcome = ensureBootstrapAdmin.ensure(
                EnsureBootstrapAdminCommand.of(username.get(), email.get(), password.get()));
        LOG.info("bootstrap admin '{}': {}", username.get(), outcome);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
