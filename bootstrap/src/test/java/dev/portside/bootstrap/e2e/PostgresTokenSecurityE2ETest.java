package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.TokenSecurityScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link TokenSecurityScenarios} over HTTP against the real service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTokenSecurityE2ETest extends TokenSecurityScenarios implements OnRealServiceWithPostgres {

    @Override
    protected String jwtSecret() {
        return JWT_SECRET;
    }
}
