package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The base of every HTTP scenario: a running service at {@link #baseUrl()} with a bootstrap admin.
 * The service is the {@link EmbeddedServer} that {@code @MicronautTest} injects into {@link #server}
 * (a subclass picks the context: the in-memory one here, the real service in bootstrap), and the admin
 * is {@link ScenarioAdmin}, which both contexts create at startup. A subclass that runs its service
 * some other way overrides {@link #baseUrl()}, one with an admin of its own {@link #adminCredentials()}.
 * Scenarios never assume an empty store: every name they create carries a random suffix.
 */
public abstract class ApiScenarios {

    /** The test context's server; injected by {@code @MicronautTest}, null in a subclass that is not one. */
    @Inject
    protected EmbeddedServer server;

    private ApiClient client;

    /** Where the service listens, e.g. {@code http://localhost:8080/}: the injected {@link #server}'s address. */
    protected URI baseUrl() {
        return server.getURI();
    }

    /** The credentials configured as {@code app.bootstrap-admin.*}: {@link ScenarioAdmin} unless overridden. */
    protected Credentials adminCredentials() {
        return ScenarioAdmin.CREDENTIALS;
    }

    protected final ApiClient api() {
        if (client == null) {
            client = new ApiClient(baseUrl());
        }
        return client;
    }

    /** Logged-in user: id, name and bearer token. */
    public record Session(String id, String username, String token) {}

    public record Credentials(String login, String password) {}

    protected static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    protected Session newUser(String prefix) {
        String username = unique(prefix);
        String password = "password-" + username;
        ApiResponse registered = api().post(
                        "/api/users",
                        null,
                        Map.of("username", username, "email", username + "@example.com", "password", password));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return new Session(registered.text("id"), username, login(username, password));
    }

    protected Session admin() {
        Credentials admin = adminCredentials();
        String token = login(admin.login(), admin.password());
        ApiResponse me = api().get("/api/users/me", token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return new Session(me.text("id"), me.text("username"), token);
    }

    /** A fresh user who has been made a moderator by the admin (and logged in again for the new role). */
    protected Session newModerator(String prefix) {
        Session user = newUser(prefix);
        ApiResponse changed = api().put(
                        "/api/users/" + user.id() + "/roles",
                        admin().token(),
                        Map.of("roles", java.util.List.of("USER", "MODERATOR")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        return new Session(user.id(), user.username(), login(user.username(), "password-" + user.username()));
    }

    protected String login(String login, String password) {
        ApiResponse response = api().post("/api/auth/login", null, Map.of("login", login, "password", password));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.text("accessToken");
    }

    protected static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    protected static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    protected static void assertProblem(ApiResponse response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode json = response.json();
        assertThat(json.get("code").getStringValue()).as(response.toString()).isEqualTo(code);
        assertThat(json.get("status").getIntValue()).isEqualTo(status);
        assertThat(json.get("type")).isNotNull();
        assertThat(json.get("title")).isNotNull();
        assertThat(json.get("detail")).isNotNull();
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("SELECT");
    }

    protected static void assertInvalid(ApiResponse response, String field) {
        assertProblem(response, 400, "validation_failed");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.toString()).isNotNull();
        boolean named = false;
        for (int i = 0; i < errors.size(); i++) {
            named |= field.equals(errors.get(i).get("field").getStringValue());
        }
        assertThat(named).as("errors name field '%s': %s", field, response).isTrue();
    }
}
