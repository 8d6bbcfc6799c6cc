package dev.portside.adapters.postgres.user;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.testkit.user.UserStatisticsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUserStatisticsTest extends UserStatisticsContract implements OnTestPostgres {}
