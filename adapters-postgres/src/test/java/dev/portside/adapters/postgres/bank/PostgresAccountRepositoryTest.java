package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.testkit.bank.AccountRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

/** The account repository contract on PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAccountRepositoryTest extends AccountRepositoryContract implements OnTestPostgres {

    @Inject
    AccountRepository repository;
}
