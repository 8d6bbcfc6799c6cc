package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.IdempotencyScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link IdempotencyScenarios} over HTTP against the real service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdempotencyE2ETest extends IdempotencyScenarios implements OnRealServiceWithPostgres {}
