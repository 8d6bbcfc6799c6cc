package dev.portside.testkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.idempotency.IdempotencyClaim;
import dev.portside.domain.idempotency.IdempotencyKey;
import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.idempotency.StoredResponse;
import dev.portside.domain.shared.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What the HTTP adapter relies on from an {@link IdempotencyStore}. */
public abstract class IdempotencyStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    protected abstract IdempotencyStore store();

    protected abstract UnitOfWork unitOfWork();

    /** How long completed responses are kept; the API promises at least 24 hours. */
    protected abstract Duration retention();

    /** How long an unfinished claim blocks retries before it counts as abandoned. */
    protected abstract Duration inFlightLease();

    private static IdempotencyKey key(String scope) {
        return new IdempotencyKey(scope, "key-" + UUID.randomUUID());
    }

    private static String scope() {
        return UUID.randomUUID().toString();
    }

    private static StoredResponse created(String body) {
        return new StoredResponse(201, Map.of("Location", "/api/transfers/1"), body);
    }

    @Test
    void first_claim_acquires_the_key() {
        assertThat(store().claim(key(scope()), "fp", T0)).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void claim_while_running_reports_in_progress() {
        IdempotencyKey key = key(scope());
        store().claim(key, "fp", T0);

        assertThat(store().claim(key, "fp", T0.plusSeconds(1))).isInstanceOf(IdempotencyClaim.InProgress.class);
    }

    @Test
    void completed_key_replays_the_stored_response() {
        IdempotencyKey key = key(scope());
        store().claim(key, "fp", T0);
        unitOfWork().run(() -> store().complete(key, created("{\"id\":1}"), T0));

        IdempotencyClaim replay = store().claim(key, "fp", T0.plus(Duration.ofHours(1)));

        assertThat(replay).isEqualTo(new IdempotencyClaim.Completed(created("{\"id\":1}")));
    }

    @Test
    void same_key_with_a_different_request_is_a_mismatch() {
        IdempotencyKey key = key(scope());
        store().claim(key, "fp-1", T0);
        unitOfWork().run(() -> store().complete(key, created("{}"), T0));

        assertThat(store().claim(key, "fp-2", T0.plusSeconds(5))).isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        String value = "shared-" + UUID.randomUUID();
        IdempotencyKey alice = new IdempotencyKey(scope(), value);
        IdempotencyKey bob = new IdempotencyKey(scope(), value);
        store().claim(alice, "fp", T0);
        unitOfWork().run(() -> store().complete(alice, created("{\"who\":\"alice\"}"), T0));

        assertThat(store().claim(bob, "fp", T0)).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void responses_are_kept_for_the_retention_and_then_expire() {
        assertThat(retention()).isGreaterThanOrEqualTo(Duration.ofHours(24));
        IdempotencyKey key = key(scope());
        store().claim(key, "fp", T0);
        unitOfWork().run(() -> store().complete(key, created("{}"), T0));

        assertThat(store().claim(key, "fp", T0.plus(retention()).minusSeconds(1)))
                .isInstanceOf(IdempotencyClaim.Completed.class);
        assertThat(store().claim(key, "fp", T0.plus(retention()).plusSeconds(1)))
                .isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void released_key_can_be_claimed_again() {
        IdempotencyKey key = key(scope());
        store().claim(key, "fp", T0);
        store().release(key);

        assertThat(store().claim(key, "fp", T0.plusSeconds(1))).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void abandoned_claim_is_taken_over_after_the_lease() {
        IdempotencyKey key = key(scope());
        store().claim(key, "fp", T0);

        assertThat(store().claim(key, "fp", T0.plus(inFlightLease()).plusSeconds(1)))
                .isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void completion_rolls_back_with_its_unit_of_work() {
        IdempotencyKey key = key(scope());
        store().claim(key, "fp", T0);
        try {
            unitOfWork().run(() -> {
                store().complete(key, created("{}"), T0);
                throw new IllegalStateException("the request's own work failed");
            });
        } catch (IllegalStateException expected) {
            // the completion must not survive the failed unit
        }

        assertThat(store().claim(key, "fp", T0.plusSeconds(1))).isInstanceOf(IdempotencyClaim.InProgress.class);
    }

    @Test
    void concurrent_claims_of_one_key_acquire_it_exactly_once() throws Exception {
        IdempotencyKey key = key(scope());
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IdempotencyClaim>> claims = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<IdempotencyClaim> claim = () -> {
                    start.await();
                    return store().claim(key, "fp", T0);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            List<IdempotencyClaim> results = new ArrayList<>();
            for (Future<IdempotencyClaim> claim : claims) {
                results.add(claim.get());
            }

            assertThat(results).filteredOn(IdempotencyClaim.Acquired.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(IdempotencyClaim.InProgress.class::isInstance).hasSize(callers - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
