package dev.portside.adapters.postgres.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.application.bank.DepositMoneyCommand;
import dev.portside.application.bank.DepositMoneyService;
import dev.portside.application.bank.TransferMoneyCommand;
import dev.portside.application.bank.TransferMoneyService;
import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 8 threads x 500 random transfers among 10 accounts through the application service on real
 * PostgreSQL. Opposite transfers on the same pair run all the time, so a lock order that is not
 * global would deadlock; the only failure a caller may see is the business refusal
 * {@code insufficient_funds}. Afterwards the total is conserved, no balance is negative, every
 * balance equals what the ledger explains, and the ledger holds exactly one entry per success.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferConcurrencyTest implements OnTestPostgres {

    private static final int THREADS = 8;
    private static final int TRANSFERS_PER_THREAD = 500;
    private static final int ACCOUNTS = 10;
    private static final Money OPENING = Money.of("1000.00", "EUR");

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AccountRepository accounts;

    @Inject
    Ledger ledger;

    @Inject
    LedgerBalances ledgerBalances;

    @Inject
    Outbox outbox;

    @Test
    void concurrent_random_transfers_keep_every_invariant_and_surface_no_storage_error() throws Exception {
        Clock clock = Clock.system();
        TransferMoneyService transfers = new TransferMoneyService(accounts, ledger, outbox, unitOfWork, clock);
        DepositMoneyService deposits = new DepositMoneyService(accounts, ledger, outbox, unitOfWork, clock);
        Actor owner = new Actor(UserId.newId(), Set.of(Role.USER));
        List<AccountId> ids = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            Account opened = unitOfWork.execute(
                    () -> accounts.save(Account.open(owner.id(), OPENING.currency(), Instant.now())));
            deposits.deposit(new DepositMoneyCommand(owner, opened.id(), OPENING));
            ids.add(opened.id());
        }

        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Queue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                    int from = random.nextInt(ACCOUNTS);
                    int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
                    // up to 300.00: large enough that sources regularly run dry
                    Money amount = Money.of(BigDecimal.valueOf(1 + random.nextInt(30_000), 2), "EUR");
                    try {
                        transfers.transfer(
                                new TransferMoneyCommand(owner, ids.get(from), ids.get(to), amount, Optional.empty()));
                        succeeded.incrementAndGet();
                    } catch (DomainException e) {
                        if (e.errorCode() == ErrorCode.INSUFFICIENT_FUNDS) {
                            refused.incrementAndGet();
                        } else {
                            unexpected.add(e);
                        }
                    } catch (RuntimeException e) {
                        unexpected.add(e);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES))
                .as("workers finished")
                .isTrue();
        for (Future<?> worker : workers) {
            worker.get();
        }

        assertThat(unexpected).as("failures that escaped to the caller").isEmpty();
        assertThat(succeeded.get() + refused.get()).isEqualTo(THREADS * TRANSFERS_PER_THREAD);
        assertThat(succeeded.get()).isPositive();

        List<Account> finalAccounts = unitOfWork.execute(() -> accounts.findByOwner(owner.id()));
        assertThat(finalAccounts).hasSize(ACCOUNTS);
        assertThat(finalAccounts.stream()
                        .map(Account::balance)
                        .reduce(Money::plus)
                        .orElseThrow())
                .isEqualTo(OPENING.times(ACCOUNTS));
        assertThat(finalAccounts)
                .allSatisfy(
                        account -> assertThat(account.balance().isNegative()).isFalse());

        Map<AccountId, Money> explained = unitOfWork.execute(() -> ledgerBalances.ledgerBalances(ids)).stream()
                .collect(Collectors.toMap(LedgerBalance::accountId, LedgerBalance::balance));
        assertThat(finalAccounts.stream().collect(Collectors.toMap(Account::id, Account::balance)))
                .isEqualTo(explained);
        assertThat(transferRowsBetween(ids)).isEqualTo(succeeded.get());
    }

    private static long transferRowsBetween(List<AccountId> ids) throws SQLException {
        try (Connection admin = TestPostgres.database().connect();
                PreparedStatement count =
                        admin.prepareStatement("select count(*) from transfers where from_account_id = any(?)")) {
            count.setArray(
                    1,
                    admin.createArrayOf(
                            "uuid", ids.stream().map(AccountId::value).toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
