package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.testkit.shop.DailyOrderReportContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The daily order report contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDailyOrderReportTest extends DailyOrderReportContract implements OnTestPostgres {

    @Inject
    DailyOrderReport report;
}
