package dev.portside.adapters.http.scenarios;

import java.util.Map;

/**
 * The one bootstrap admin of the HTTP scenarios: {@link ApiScenarios#adminCredentials()} logs in as it,
 * bootstrap's end-to-end tests create it through {@link #properties()}, and adapters-http's in-memory
 * context through application-test.yml, whose {@code app.bootstrap-admin.*} must say the same.
 */
public final class ScenarioAdmin {

    public static final ApiScenarios.Credentials CREDENTIALS =
            new ApiScenarios.Credentials("scenario-admin", "scenario-admin-password-1");
    public static final String EMAIL = "scenario-admin@portside.test";

    private ScenarioAdmin() {}

    /** The {@code app.bootstrap-admin.*} settings that make a service create this admin at startup. */
    public static Map<String, String> properties() {
        return Map.of(
                "app.bootstrap-admin.username", CREDENTIALS.login(),
                "app.bootstrap-admin.email", EMAIL,
                "app.bootstrap-admin.password", CREDENTIALS.password());
    }
}
