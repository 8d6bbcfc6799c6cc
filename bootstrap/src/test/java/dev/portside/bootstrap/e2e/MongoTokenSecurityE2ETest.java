package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.TokenSecurityScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link TokenSecurityScenarios} over HTTP against the real service on the {@code mongo} configuration. */
@MicronautTest(environments = "mongo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoTokenSecurityE2ETest extends TokenSecurityScenarios implements OnRealServiceWithMongo {

    @Override
    protected String jwtSecret() {
        return OnRealServiceWithPostgres.JWT_SECRET;
    }
}
