package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.UsersApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link UsersApiScenarios} over HTTP against the real service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUsersE2ETest extends UsersApiScenarios implements OnRealServiceWithPostgres {}
