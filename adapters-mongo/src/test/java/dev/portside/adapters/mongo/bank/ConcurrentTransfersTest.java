package dev.portside.adapters.mongo.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.bank.AccountMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Locking reads on a replica set: units that lock the same account and write it back never lose an
 * update, because the second locker conflicts and reruns on fresh state.
 */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("concurrent_deposits_through_locking_reads_lose_no_update")
class ConcurrentTransfersTest implements OnTestMongo {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AccountRepository accounts;

    @Test
    void concurrent_deposits_through_locking_reads_lose_no_update() throws Exception {
        Account account =
                unitOfWork.execute(() -> accounts.save(AccountMother.anAccount().build()));
        // each round of conflicts lets at least one unit commit, so fewer workers than attempts always finish
        int workers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    return unitOfWork.execute(() -> {
                        Account locked =
                                accounts.lockAllById(List.of(account.id())).get(0);
                        return accounts.save(locked.deposit(Money.of("1.00", "EUR")));
                    });
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Account after =
                unitOfWork.execute(() -> accounts.findById(account.id())).orElseThrow();
        assertThat(after.balance()).isEqualTo(Money.of("4.00", "EUR"));
        assertThat(after.version()).isEqualTo(1 + workers);
    }
}
