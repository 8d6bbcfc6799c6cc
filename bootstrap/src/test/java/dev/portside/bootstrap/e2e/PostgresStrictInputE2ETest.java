package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.StrictInputScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link StrictInputScenarios} over HTTP against the real service on PostgreSQL (NUL bytes, big money, far dates reach SQL here). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStrictInputE2ETest extends StrictInputScenarios implements OnRealServiceWithPostgres {}
