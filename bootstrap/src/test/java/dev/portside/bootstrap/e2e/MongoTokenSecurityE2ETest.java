package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.TokenSecurityScenarios;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.TestInstance;

/** {@link TokenSecurityScenarios} over HTTP against the real service on the {@code mongo} configuration. */
@MicronautTest(environments = "mongo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoTokenSecurityE2ETest extends TokenSecurityScenarios implements OnRealServiceWithMongo {

    @Inject
    EmbeddedServer server;

    @Override
    protected URI baseUrl() {
        return server.getURI();
    }

    @Override
    protected Credentials adminCredentials() {
        return OnRealServiceWithPostgres.ADMIN;
    }

    @Override
    protected String jwtSecret() {
        return OnRealServiceWithPostgres.JWT_SECRET;
    }
}
