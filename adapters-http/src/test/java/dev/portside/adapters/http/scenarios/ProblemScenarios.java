package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Errors the framework meets before any use case runs: every one is problem+json with a code. */
public abstract class ProblemScenarios extends ApiScenarios {

    @Test
    void malformed_json_is_400_malformed_json() {
        Session user = newUser("malformed");
        assertProblem(api().post("/api/posts", user.token(), "{\"title\": \"t\", "), 400, "malformed_json");
        assertProblem(api().post("/api/users", null, "not json at all"), 400, "malformed_json");
    }

    @Test
    void a_wrong_content_type_is_415() {
        ApiResponse response = api().send(
                        "POST",
                        "/api/users",
                        null,
                        "username=x",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertProblem(response, 415, "unsupported_media_type");
        assertProblem(
                api().send("POST", "/api/users", null, "hello", Map.of("Content-Type", "text/plain")),
                415,
                "unsupported_media_type");
    }

    @Test
    void an_unknown_route_is_404_and_a_wrong_method_405() {
        assertProblem(api().get("/api/nothing-here", null), 404, "not_found");
        assertProblem(
                api().send("PUT", "/api/posts", newUser("method").token(), Map.of(), Map.of()),
                405,
                "method_not_allowed");
    }

    @Test
    void a_missing_body_is_400() {
        ApiResponse response = api().send("POST", "/api/users", null, null, Map.of("Content-Type", "application/json"));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_wrongly_typed_field_is_400_without_internals() {
        ApiResponse response = api().post("/api/users", null, "{\"username\": {\"nested\": true}, \"email\": 1}");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain("dev.portside")
                .doesNotContain("io.micronaut")
                .doesNotContain("Exception");
    }

    @Test
    void problem_documents_carry_type_title_status_detail_and_code() {
        ApiResponse response = api().get("/api/users/me", null);
        assertProblem(response, 401, "unauthenticated");
        assertThat(response.text("type")).isEqualTo("/problems/unauthenticated");
        assertThat(response.text("title")).isEqualTo("Unauthorized");
    }
}
