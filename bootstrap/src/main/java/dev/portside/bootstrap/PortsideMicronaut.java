package dev.portside.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import java.util.Optional;

/**
 * Micronaut's launcher, except that an invalid setting ends the start with one line on stderr naming
 * the setting and its rule, and exit status {@value #INVALID_SETTING}; Micronaut alone logs the whole
 * bean-creation chain, where the setting is buried under the bean that happened to need it first.
 */
final class PortsideMicronaut extends Micronaut {

    static final int INVALID_SETTING = 2;

    static PortsideMicronaut launcher(String... args) {
        PortsideMicronaut micronaut = new PortsideMicronaut();
        micronaut.args(args);
        return micronaut;
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        Optional<ConfigurationException> invalid = invalidSetting(exception);
        if (invalid.isPresent() && !environment.getActiveNames().contains(Environment.TEST)) {
            System.err.println("portside: " + invalid.get().getMessage());
            System.exit(INVALID_SETTING);
        }
        super.handleStartupException(environment, exception);
    }

    /** The innermost configuration error: the outer ones only say which bean was being built. */
    static Optional<ConfigurationException> invalidSetting(Throwable exception) {
        ConfigurationException found = null;
        for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ConfigurationException configuration) {
                found = configuration;
            }
        }
        return Optional.ofNullable(found);
    }
}
