package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Management endpoints on the real service: metrics and health details for admins only. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresManagementAccessE2ETest extends ApiScenarios implements OnRealServiceWithPostgres {

    @Test
    void prometheus_is_refused_to_anonymous_callers_and_users() {
        assertProblem(api().get("/prometheus", null), 401, "unauthenticated");
        assertProblem(api().get("/prometheus", newUser("metrics").token()), 403, "forbidden");
    }

    @Test
    void prometheus_answers_an_admin_token() {
        ApiResponse metrics = api().get("/prometheus", admin().token());
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_");
    }

    @Test
    void health_details_are_shown_to_admins_only() {
        ApiResponse anonymous = api().get("/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("details")).isNull();
        ApiResponse user = api().get("/health", newUser("health").token());
        assertThat(user.status()).isEqualTo(200);
        assertThat(user.json().get("details")).as(user.body()).isNull();
        ApiResponse admin = api().get("/health", admin().token());
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().get("details")).as(admin.body()).isNotNull();
    }
}
