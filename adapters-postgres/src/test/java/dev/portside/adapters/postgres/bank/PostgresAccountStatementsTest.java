package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.testkit.bank.AccountStatementsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The account statements contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAccountStatementsTest extends AccountStatementsContract implements OnTestPostgres {

    @Inject
    AccountStatements statements;
}
