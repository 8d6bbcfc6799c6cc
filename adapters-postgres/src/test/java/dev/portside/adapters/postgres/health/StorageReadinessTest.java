package dev.portside.adapters.postgres.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** The readiness probe against the real pool: a reachable server reads UP with its round trip. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorageReadinessTest implements OnTestPostgres {

    @Inject
    StorageReadiness readiness;

    @Test
    void a_reachable_server_is_ready_and_reports_its_round_trip() throws InterruptedException {
        HealthResult result = read();
        for (int i = 0; i < 100 && !details(result).containsKey("roundTripMillis"); i++) {
            Thread.sleep(50);
            result = read();
        }

        assertThat(result.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(details(result)).containsEntry("state", "OK").containsKey("roundTripMillis");
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
                result.completeExceptionally(new IllegalStateException("no health result"));
            }
        });
        return result.join();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(HealthResult result) {
        return (Map<String, Object>) result.getDetails();
    }
}
