package dev.portside.adapters.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiClient;
import dev.portside.adapters.http.scenarios.ApiResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures that are not refusals: the client learns the class of failure, never its internals. */
@MicronautTest
class FailureProblemsTest {

    @Inject
    EmbeddedServer server;

    private ApiClient api() {
        return new ApiClient(server.getURI());
    }

    @Test
    void an_unexpected_exception_is_500_with_a_generic_detail() {
        ApiResponse response = api().get("/test-failures/bug", null);

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo("internal_error");
        assertThat(response.body())
                .doesNotContain("SELECT")
                .doesNotContain("password")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void a_storage_failure_is_503_storage_unavailable_without_storage_details() {
        ApiResponse response = api().get("/test-failures/storage", null);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.code()).isEqualTo("storage_unavailable");
        assertThat(response.body())
                .doesNotContain("57P01")
                .doesNotContain("FATAL")
                .doesNotContain("attempts");
    }

    @Test
    void a_body_over_the_size_limit_is_413() {
        String huge = "{\"username\": \"" + "x".repeat(1_100_000) + "\"}";
        ApiResponse response = api().send("POST", "/api/users", null, huge, Map.of());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("payload_too_large");
    }
}
