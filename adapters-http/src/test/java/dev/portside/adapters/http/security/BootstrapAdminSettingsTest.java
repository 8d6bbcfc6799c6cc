package dev.portside.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;

/** The bootstrap admin's settings are refused with the variable an operator has to fix. */
class BootstrapAdminSettingsTest {

    @Test
    void nothing_configured_means_no_admin() {
        assertThat(BootstrapAdmin.command("", null, " ")).isEmpty();
    }

    @Test
    void a_complete_valid_configuration_is_the_admin() {
        assertThat(BootstrapAdmin.command("root", "root@example.org", "configured secret"))
                .hasValueSatisfying(
                        admin -> assertThat(admin.username().value()).isEqualTo("root"));
    }

    @Test
    void a_short_password_names_APP_BOOTSTRAP_ADMIN_PASSWORD() {
        assertThatThrownBy(() -> BootstrapAdmin.command("root", "root@example.org", "short"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invalid setting APP_BOOTSTRAP_ADMIN_PASSWORD (app.bootstrap-admin.password): "
                        + "must be 8-128 characters");
    }

    @Test
    void a_bad_email_names_APP_BOOTSTRAP_ADMIN_EMAIL() {
        assertThatThrownBy(() -> BootstrapAdmin.command("root", "not-an-address", "configured secret"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("invalid setting APP_BOOTSTRAP_ADMIN_EMAIL (app.bootstrap-admin.email): ");
    }

    @Test
    void a_partial_configuration_names_what_is_missing() {
        assertThatThrownBy(() -> BootstrapAdmin.command("root", "", ""))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invalid setting APP_BOOTSTRAP_ADMIN_EMAIL (app.bootstrap-admin.email), "
                        + "APP_BOOTSTRAP_ADMIN_PASSWORD (app.bootstrap-admin.password): "
                        + "the bootstrap admin needs username, email and password all set (or none)");
    }
}
