package dev.portside.adapters.redis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The cache's breaker semantics, as configured on Resilience4j: N failures in a row open it, one trial probes. */
class BreakersTest {

    private static final Duration OPEN_FOR = Duration.ofMillis(200);

    private final CircuitBreaker breaker =
            Breakers.of("test", CacheSettings.defaults("test").withBreaker(3, OPEN_FOR));

    @Test
    void opens_after_the_threshold_of_consecutive_failures() {
        fail(2);
        assertThat(breaker.getState()).isEqualTo(State.CLOSED);

        fail(1);

        assertThat(breaker.getState()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquirePermission()).isFalse();
    }

    @Test
    void a_success_between_failures_keeps_it_closed() {
        fail(2);
        succeed();
        fail(2);

        assertThat(breaker.getState()).isEqualTo(State.CLOSED);
    }

    @Test
    void after_the_cool_down_lets_exactly_one_trial_through() throws InterruptedException {
        fail(3);
        assertThat(breaker.tryAcquirePermission()).isFalse();

        Thread.sleep(OPEN_FOR.toMillis() + 50);

        assertThat(breaker.tryAcquirePermission()).isTrue();
        assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquirePermission()).isFalse();
    }

    @Test
    void a_successful_trial_closes_it_and_the_full_threshold_applies_again() throws InterruptedException {
        fail(3);
        Thread.sleep(OPEN_FOR.toMillis() + 50);
        assertThat(breaker.tryAcquirePermission()).isTrue();

        breaker.onSuccess(1, TimeUnit.MILLISECONDS);
        fail(2);

        assertThat(breaker.getState()).isEqualTo(State.CLOSED);
    }

    @Test
    void a_failed_trial_opens_it_again() throws InterruptedException {
        fail(3);
        Thread.sleep(OPEN_FOR.toMillis() + 50);
        assertThat(breaker.tryAcquirePermission()).isTrue();

        breaker.onError(1, TimeUnit.MILLISECONDS, new RuntimeException("still down"));

        assertThat(breaker.getState()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquirePermission()).isFalse();
    }

    @Test
    void a_released_trial_lets_the_next_caller_try() throws InterruptedException {
        fail(3);
        Thread.sleep(OPEN_FOR.toMillis() + 50);
        assertThat(breaker.tryAcquirePermission()).isTrue();

        breaker.releasePermission();

        assertThat(breaker.tryAcquirePermission()).isTrue();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breaker.tryAcquirePermission()).isTrue();
            breaker.onError(1, TimeUnit.MILLISECONDS, new RuntimeException("down"));
        }
    }

    private void succeed() {
        assertThat(breaker.tryAcquirePermission()).isTrue();
        breaker.onSuccess(1, TimeUnit.MILLISECONDS);
    }
}
