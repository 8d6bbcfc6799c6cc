package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rate limits, against a service configured with auth-capacity 3, writes-capacity 5 and
 * reads-capacity 8 per minute (see the subclasses' properties).
 */
public abstract class RateLimitScenarios extends ApiScenarios {

    @Test
    void logins_over_the_auth_quota_are_429_with_retry_after_and_ratelimit_fields() {
        ApiResponse last = null;
        for (int i = 0; i < 4; i++) {
            last = api().post("/api/auth/login", null, Map.of("login", unique("nobody"), "password", "wrong-password"));
        }
        assertProblem(last, 429, "rate_limited");
        assertThat(Long.parseLong(last.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(last.header("RateLimit-Policy")).hasValue("\"auth\";q=3;w=60");
        assertThat(last.header("RateLimit").orElseThrow()).startsWith("\"auth\";r=0;t=");
    }

    @Test
    void reads_carry_their_quota_and_are_counted_per_caller() {
        ApiResponse first = api().get("/api/products", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Policy")).hasValue("\"reads\";q=8;w=60");
        assertThat(first.header("RateLimit").orElseThrow()).matches("\"reads\";r=\\d+;t=\\d+");
        ApiResponse response = first;
        for (int i = 0; i < 10 && response.status() != 429; i++) {
            response = api().get("/api/products", null);
        }
        assertProblem(response, 429, "rate_limited");
        assertThat(response.header("Retry-After")).isPresent();
    }
}
