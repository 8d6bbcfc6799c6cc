package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.BankApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link BankApiScenarios} over HTTP against the real service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresBankE2ETest extends BankApiScenarios implements OnRealServiceWithPostgres {}
