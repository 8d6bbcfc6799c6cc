package dev.portside.application.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
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

/**
 * What the HTTP adapter relies on from an {@link IdempotencyStore}: claims and completions run inside
 * the request's unit of work and commit or roll back with it; a concurrent duplicate waits for the
 * holder and replays its response; a stored response is never replaced.
 */
public abstract class IdempotencyStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private IdempotencyStore store;

    @Inject
    private UnitOfWork unitOfWork;

    protected IdempotencyStore store() {
        return store;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** How long completed responses are kept; the API promises at least 24 hours. */
    protected abstract Duration retention();

    private static IdempotencyKey key(String scope) {
        return new IdempotencyKey(scope, "key-" + UUID.randomUUID());
    }

    private static String scope() {
        return UUID.randomUUID().toString();
    }

    private static StoredResponse created(String body) {
        return new StoredResponse(201, Map.of("Location", "/api/transfers/1"), body);
    }

    private IdempotencyClaim claim(IdempotencyKey key, String fingerprint, Instant now) {
        return unitOfWork().execute(() -> store().claim(key, fingerprint, now));
    }

    /** One request's unit: claims the key and stores its response. */
    private void runAndComplete(IdempotencyKey key, String fingerprint, StoredResponse response, Instant now) {
        unitOfWork().run(() -> {
            assertThat(store().claim(key, fingerprint, now)).isInstanceOf(IdempotencyClaim.Acquired.class);
            store().complete(key, response);
        });
    }

    @Test
    void first_claim_acquires_the_key() {
        assertThat(claim(key(scope()), "fp", T0)).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void completed_key_replays_the_stored_response() {
        IdempotencyKey key = key(scope());
        runAndComplete(key, "fp", created("{\"id\":1}"), T0);

        IdempotencyClaim replay = claim(key, "fp", T0.plus(Duration.ofHours(1)));

        assertThat(replay).isEqualTo(new IdempotencyClaim.Completed(created("{\"id\":1}")));
    }

    @Test
    void same_key_with_a_different_request_is_a_mismatch() {
        IdempotencyKey key = key(scope());
        runAndComplete(key, "fp-1", created("{}"), T0);

        assertThat(claim(key, "fp-2", T0.plusSeconds(5))).isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        String value = "shared-" + UUID.randomUUID();
        IdempotencyKey alice = new IdempotencyKey(scope(), value);
        IdempotencyKey bob = new IdempotencyKey(scope(), value);
        runAndComplete(alice, "fp", created("{\"who\":\"alice\"}"), T0);

        assertThat(claim(bob, "fp", T0)).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void responses_are_kept_for_the_retention_and_then_expire() {
        assertThat(retention()).isGreaterThanOrEqualTo(Duration.ofHours(24));
        IdempotencyKey key = key(scope());
        runAndComplete(key, "fp", created("{}"), T0);

        assertThat(claim(key, "fp", T0.plus(retention()).minusSeconds(1)))
                .isInstanceOf(IdempotencyClaim.Completed.class);
        assertThat(claim(key, "fp", T0.plus(retention()).plusSeconds(1))).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void a_claim_rolls_back_with_its_unit_of_work() {
        IdempotencyKey key = key(scope());
        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    store().claim(key, "fp", T0);
                    throw new IllegalStateException("the request died");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(claim(key, "fp", T0.plusSeconds(1))).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void completion_rolls_back_with_its_unit_of_work() {
        IdempotencyKey key = key(scope());
        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    store().claim(key, "fp", T0);
                    store().complete(key, created("{}"));
                    throw new IllegalStateException("the request's own work failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(claim(key, "fp", T0.plusSeconds(1))).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void a_stored_response_is_never_replaced() {
        IdempotencyKey key = key(scope());
        runAndComplete(key, "fp", created("{\"first\":true}"), T0);

        assertThatThrownBy(() -> unitOfWork().run(() -> store().complete(key, created("{\"second\":true}"))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(claim(key, "fp", T0.plusSeconds(1)))
                .isEqualTo(new IdempotencyClaim.Completed(created("{\"first\":true}")));
    }

    @Test
    void concurrent_duplicates_run_once_and_replay_the_first_response() throws Exception {
        IdempotencyKey key = key(scope());
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IdempotencyClaim>> claims = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String body = "{\"caller\":" + i + "}";
                Callable<IdempotencyClaim> request = () -> {
                    start.await();
                    return unitOfWork().execute(() -> {
                        IdempotencyClaim claim = store().claim(key, "fp", T0);
                        if (claim instanceof IdempotencyClaim.Acquired) {
                            pause(100);
                            store().complete(key, created(body));
                        }
                        return claim;
                    });
                };
                claims.add(pool.submit(request));
            }
            start.countDown();
            List<IdempotencyClaim> results = new ArrayList<>();
            for (Future<IdempotencyClaim> claim : claims) {
                results.add(claim.get());
            }

            assertThat(results)
                    .filteredOn(IdempotencyClaim.Acquired.class::isInstance)
                    .hasSize(1);
            IdempotencyClaim stored = claim(key, "fp", T0.plusSeconds(1));
            assertThat(stored).isInstanceOf(IdempotencyClaim.Completed.class);
            assertThat(results)
                    .filteredOn(result -> !(result instanceof IdempotencyClaim.Acquired))
                    .hasSize(callers - 1)
                    .allMatch(stored::equals);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
