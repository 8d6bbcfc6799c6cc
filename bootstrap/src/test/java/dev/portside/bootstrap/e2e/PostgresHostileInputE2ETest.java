package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.HostileInputScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link HostileInputScenarios} end to end against the real service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresHostileInputE2ETest extends HostileInputScenarios implements OnRealServiceWithPostgres {}
