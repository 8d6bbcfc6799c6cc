package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.UsersApiScenarios;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.TestInstance;

/** {@link UsersApiScenarios} over HTTP against the real service on the {@code mongo} configuration. */
@MicronautTest(environments = "mongo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoUsersE2ETest extends UsersApiScenarios implements OnRealServiceWithMongo {

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
}
