package dev.portside.adapters.postgres.shop;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.testkit.shop.SalesReportsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** The sales report contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresSalesReportsTest extends SalesReportsContract implements OnTestPostgres {}
