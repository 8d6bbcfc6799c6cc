package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.UsersApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link UsersApiScenarios} over HTTP against the real service on the {@code mongo} configuration. */
@MicronautTest(environments = "mongo", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoUsersE2ETest extends UsersApiScenarios implements OnRealServiceWithMongo {}
