package dev.portside.bootstrap.e2e;

import dev.portside.adapters.http.scenarios.ShopApiScenarios;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** {@link ShopApiScenarios} over HTTP against the real service on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresShopE2ETest extends ShopApiScenarios implements OnRealServiceWithPostgres {}
