package dev.portside.adapters.postgres.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyKey;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.StoredResponse;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A duplicate claim waits on the holder's row lock, bounded by the connection's {@code lock_timeout}
 * (production sets it in application.yml; here 300 ms): past it, the key is reported in progress.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyClaimLockWaitTest implements OnTestPostgres {

    private static final Duration LOCK_TIMEOUT = Duration.ofMillis(300);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Inject
    IdempotencyStore store;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(
                "datasources.default.data-source-properties.options",
                "-c lock_timeout=" + LOCK_TIMEOUT.toMillis() + "ms");
        return properties;
    }

    /** What a request does when its key is in use: refuses, which rolls its aborted transaction back. */
    private static final class Refused extends RuntimeException {
        private final transient IdempotencyClaim claim;

        Refused(IdempotencyClaim claim) {
            super("refused", null, false, false);
            this.claim = claim;
        }
    }

    @Test
    void a_duplicate_claim_waits_for_the_lock_timeout_and_then_reports_the_key_in_progress() throws Exception {
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString(), "key-" + UUID.randomUUID());
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> unitOfWork.run(() -> {
            assertThat(store.claim(key, "fp", NOW)).isInstanceOf(IdempotencyClaim.Acquired.class);
            claimed.countDown();
            await(release);
            store.complete(key, new StoredResponse(201, Map.of(), "first"));
        }));
        assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        IdempotencyClaim duplicate = claimRefusingWhenNotAcquired(key);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);

        assertThat(duplicate).isInstanceOf(IdempotencyClaim.InProgress.class);
        assertThat(waited).isGreaterThanOrEqualTo(LOCK_TIMEOUT.minusMillis(50));
        assertThat(claimRefusingWhenNotAcquired(key))
                .isEqualTo(new IdempotencyClaim.Completed(new StoredResponse(201, Map.of(), "first")));
    }

    private IdempotencyClaim claimRefusingWhenNotAcquired(IdempotencyKey key) {
        try {
            return unitOfWork.execute(() -> {
                IdempotencyClaim claim = store.claim(key, "fp", NOW);
                throw new Refused(claim);
            });
        } catch (Refused refused) {
            return refused.claim;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
