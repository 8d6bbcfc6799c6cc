package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.StrictInputScenarios;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.TestInstance;

/** {@link StrictInputScenarios} over HTTP against the real service on PostgreSQL (NUL bytes, big money, far dates reach SQL here). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStrictInputE2ETest extends StrictInputScenarios implements OnRealServiceWithPostgres {

    @Inject
    EmbeddedServer server;

    @Override
    protected URI baseUrl() {
        return server.getURI();
    }

    @Override
    protected Credentials adminCredentials() {
        return ADMIN;
    }
}
