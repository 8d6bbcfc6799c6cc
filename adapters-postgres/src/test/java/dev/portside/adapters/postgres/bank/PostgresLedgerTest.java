package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.testkit.bank.LedgerContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

/** The ledger contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresLedgerTest extends LedgerContract implements OnTestPostgres {}
