package dev.portside.adapters.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.postgres.testsupport.CommitCuttingProxy;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.CommitOutcomeUnknownException;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.bank.AccountMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A connection lost exactly at COMMIT, after PostgreSQL received it: the commit is durable but the
 * service cannot know. Rerunning the unit would book the deposit twice; the unit of work must report
 * the outcome as unknown instead, and the deposit must exist exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AmbiguousCommitTest implements TestPropertyProvider {

    private static final Money DEPOSIT = Money.of("10.00", "EUR");

    private CommitCuttingProxy proxy;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AccountRepository accounts;

    @Inject
    Ledger ledger;

    @Override
    public Map<String, String> getProperties() {
        TestPostgres.Database database = TestPostgres.database();
        proxy = CommitCuttingProxy.inFrontOf(database.jdbcUrl());
        Map<String, String> properties = new HashMap<>(database.micronautProperties());
        properties.put("datasources.default.url", proxy.jdbcUrl(database.jdbcUrl()));
        // the driver would otherwise turn COMMIT into a named server-side statement after a few uses,
        // and the proxy could no longer see its text
        properties.put("datasources.default.data-source-properties.prepareThreshold", "0");
        return properties;
    }

    @AfterAll
    void closeProxy() {
        proxy.close();
    }

    @Test
    void a_unit_whose_commit_lands_unacknowledged_is_applied_exactly_once_and_reported_unknown() {
        Account account =
                unitOfWork.execute(() -> accounts.save(AccountMother.anAccount().build()));
        AtomicInteger attempts = new AtomicInteger();
        int cutsBefore = proxy.cuts();

        proxy.cutNextCommit();
        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    attempts.incrementAndGet();
                    Account locked = accounts.lockAllById(List.of(account.id())).get(0);
                    accounts.save(locked.deposit(DEPOSIT));
                    ledger.record(Deposit.into(account.id(), DEPOSIT, Instant.now()));
                }))
                .isInstanceOf(CommitOutcomeUnknownException.class);

        assertThat(proxy.cuts()).isEqualTo(cutsBefore + 1);
        assertThat(attempts).hasValue(1);
        assertThat(depositRows(account.id().value())).isEqualTo(1);
        Account stored =
                unitOfWork.execute(() -> accounts.findById(account.id())).orElseThrow();
        assertThat(stored.balance()).isEqualTo(DEPOSIT);
    }

    @Test
    void after_a_cut_commit_the_pool_serves_the_next_unit() {
        proxy.cutNextCommit();
        assertThatThrownBy(() -> unitOfWork.run(
                        () -> accounts.save(AccountMother.anAccount().build())))
                .isInstanceOf(CommitOutcomeUnknownException.class);

        Account next =
                unitOfWork.execute(() -> accounts.save(AccountMother.anAccount().build()));

        assertThat(unitOfWork.execute(() -> accounts.findById(next.id()))).isPresent();
    }

    private static long depositRows(UUID accountId) {
        return TestPostgres.database().count("select count(*) from deposits where account_id = ?", accountId);
    }
}
