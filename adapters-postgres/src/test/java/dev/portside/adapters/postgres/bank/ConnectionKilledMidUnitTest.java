package dev.portside.adapters.postgres.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.shared.CommitOutcomeUnknownException;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.bank.AccountMother;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A unit of work whose backend is killed with {@code pg_terminate_backend} before its writes is rerun
 * on a fresh connection and takes effect exactly once. One killed after its writes fails at COMMIT:
 * from the client's side that commit might have landed, so the unit is not rerun and reports an
 * unknown outcome (here nothing was applied, since the backend was gone before COMMIT was sent). The
 * pool never hands the dead connection out again.
 *
 * <p>Hikari evicts a connection on 57P01 and swaps in a closed stand-in, so Micronaut's cleanup after
 * the failed attempt ("set auto-commit", "Connection is closed", no SQLSTATE) throws and replaces the
 * work's own 57P01; after a failed commit only that cleanup failure reaches the unit of work. The unit
 * of work must see through both for this test to pass.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectionKilledMidUnitTest implements OnTestPostgres {

    private static final Money DEPOSIT = Money.of("10.00", "EUR");
    private static final int POOL_SIZE = 8;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AccountRepository accounts;

    @Inject
    Ledger ledger;

    @Inject
    LedgerBalances ledgerBalances;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void a_unit_killed_before_its_writes_is_retried_and_applied_once() {
        runDepositKilledBeforeItsWritesOnFirstAttempt();
    }

    @Test
    void a_unit_whose_commit_fails_is_not_rerun_and_reports_an_unknown_outcome() {
        Account account =
                unitOfWork.execute(() -> accounts.save(AccountMother.anAccount().build()));
        AtomicInteger attempts = new AtomicInteger();
        List<Integer> pids = new ArrayList<>();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    attempts.incrementAndGet();
                    pids.add(backendPid());
                    Account locked = accounts.lockAllById(List.of(account.id())).get(0);
                    accounts.save(locked.deposit(DEPOSIT));
                    ledger.record(Deposit.into(account.id(), DEPOSIT, Instant.now()));
                    terminate(pids.get(0));
                }))
                .isInstanceOf(CommitOutcomeUnknownException.class);

        assertThat(attempts).hasValue(1);
        assertThat(depositRows(account.id().value())).isZero();
        assertPoolNeverHandsOut(pids.get(0));
    }

    private void runDepositKilledBeforeItsWritesOnFirstAttempt() {
        Account account =
                unitOfWork.execute(() -> accounts.save(AccountMother.anAccount().build()));
        AtomicInteger attempts = new AtomicInteger();
        List<Integer> pids = new ArrayList<>();

        unitOfWork.run(() -> {
            int attempt = attempts.incrementAndGet();
            pids.add(backendPid());
            if (attempt == 1) {
                terminate(pids.get(0));
            }
            Account locked = accounts.lockAllById(List.of(account.id())).get(0);
            accounts.save(locked.deposit(DEPOSIT));
            ledger.record(Deposit.into(account.id(), DEPOSIT, Instant.now()));
        });

        assertThat(attempts).hasValue(2);
        assertThat(pids.get(1)).isNotEqualTo(pids.get(0));
        Account stored =
                unitOfWork.execute(() -> accounts.findById(account.id())).orElseThrow();
        assertThat(stored.balance()).isEqualTo(DEPOSIT);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(unitOfWork.execute(() -> ledgerBalances.ledgerBalanceOf(account.id())))
                .contains(DEPOSIT);
        assertThat(depositRows(account.id().value())).isEqualTo(1);
        assertPoolNeverHandsOut(pids.get(0));
    }

    /** Every pooled connection is used at once, more than once over: none is the killed backend. */
    private void assertPoolNeverHandsOut(int killedPid) {
        for (int round = 0; round < 2 * POOL_SIZE; round++) {
            AtomicInteger attempts = new AtomicInteger();
            int pid = unitOfWork.execute(() -> {
                attempts.incrementAndGet();
                return backendPid();
            });
            assertThat(attempts)
                    .as("a unit had to retry: the pool handed out a dead connection")
                    .hasValue(1);
            assertThat(pid).isNotEqualTo(killedPid);
        }
    }

    private int backendPid() {
        try (PreparedStatement statement = transactions.getConnection().prepareStatement("select pg_backend_pid()");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new DataAccessException("pid query failed", e);
        }
    }

    /** Terminates a backend from a separate admin connection and waits until it is gone. */
    private static void terminate(int pid) {
        try (Connection admin = TestPostgres.database().connect()) {
            try (PreparedStatement kill = admin.prepareStatement("select pg_terminate_backend(?)")) {
                kill.setInt(1, pid);
                try (ResultSet row = kill.executeQuery()) {
                    row.next();
                    assertThat(row.getBoolean(1))
                            .as("backend %d terminated", pid)
                            .isTrue();
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            try (PreparedStatement alive = admin.prepareStatement("select 1 from pg_stat_activity where pid = ?")) {
                alive.setInt(1, pid);
                while (true) {
                    try (ResultSet row = alive.executeQuery()) {
                        if (!row.next()) {
                            return;
                        }
                    }
                    assertThat(System.nanoTime())
                            .as("backend %d still alive", pid)
                            .isLessThan(deadline);
                    Thread.sleep(10);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not terminate backend " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long depositRows(UUID accountId) {
        return TestPostgres.database().count("select count(*) from deposits where account_id = ?", accountId);
    }
}
