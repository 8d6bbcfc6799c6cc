package dev.portside.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.application.shared.StorageProbe;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Readiness over a probe that can be made to hang, as a frozen database does: answers come at once,
 * the status stays UP for down-after, then turns DOWN, and one answered probe makes it UP again.
 */
class StorageReadinessTest {

    private final CountDownLatch frozen = new CountDownLatch(1);
    private volatile boolean hang;
    private final StorageProbe probe = () -> {
        if (hang) {
            try {
                frozen.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };
    private final StorageReadiness readiness = new StorageReadiness(
            probe, new ReadinessSettings(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(600)), null);

    @AfterEach
    void stop() {
        frozen.countDown();
        readiness.stop();
    }

    @Test
    void a_hanging_storage_is_answered_at_once_up_until_down_after_and_then_down() throws Exception {
        readiness.start();
        awaitState("OK");

        hang = true;
        Thread.sleep(250);
        long started = System.nanoTime();
        HealthResult failing = read();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(tookMillis).isLessThan(100);
        assertThat(failing.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(details(failing)).containsEntry("state", "FAILING").containsEntry("lastError", "probe timed out");
        Thread.sleep(600);
        assertThat(read().getStatus()).isEqualTo(HealthStatus.DOWN);

        hang = false;
        frozen.countDown();
        awaitState("OK");
        assertThat(read().getStatus()).isEqualTo(HealthStatus.UP);
    }

    private void awaitState(String state) throws InterruptedException {
        for (int i = 0; i < 200 && !state.equals(details(read()).get("state")); i++) {
            Thread.sleep(10);
        }
        assertThat(details(read())).containsEntry("state", state);
    }

    private HealthResult read() {
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        readiness.getResult().subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult item) {
                result.complete(item);
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                result.complete(null);
            }
        });
        return result.join();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(HealthResult result) {
        return (Map<String, Object>) result.getDetails();
    }
}
