package dev.portside.adapters.redis.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.redis.shared.CircuitBreaker.State;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong clock = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker("test", 3, Duration.ofSeconds(5), clock::get);

    @Test
    void starts_closed_and_lets_calls_through() {
        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void opens_after_the_threshold_of_consecutive_failures() {
        fail(2);
        assertThat(breaker.state()).isEqualTo(State.CLOSED);

        fail(1);

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void a_success_resets_the_count_of_consecutive_failures() {
        fail(2);
        succeed();
        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    @Test
    void stays_open_until_the_cool_down_has_passed() {
        fail(3);

        advance(Duration.ofMillis(4_999));

        assertThat(breaker.tryAcquire()).isFalse();
        assertThat(breaker.state()).isEqualTo(State.OPEN);
    }

    @Test
    void lets_exactly_one_trial_through_when_half_open() {
        fail(3);
        advance(Duration.ofSeconds(5));

        assertThat(breaker.tryAcquire()).isTrue();
        assertThat(breaker.state()).isEqualTo(State.HALF_OPEN);
        assertThat(breaker.tryAcquire()).isFalse();
    }

    @Test
    void a_successful_trial_closes_it() {
        fail(3);
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onSuccess();

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void a_failed_trial_opens_it_again_for_a_whole_cool_down() {
        fail(3);
        advance(Duration.ofSeconds(5));
        assertThat(breaker.tryAcquire()).isTrue();

        breaker.onFailure();

        assertThat(breaker.state()).isEqualTo(State.OPEN);
        advance(Duration.ofSeconds(4));
        assertThat(breaker.tryAcquire()).isFalse();
        advance(Duration.ofSeconds(1));
        assertThat(breaker.tryAcquire()).isTrue();
    }

    @Test
    void after_closing_again_it_needs_the_full_threshold_to_open() {
        fail(3);
        advance(Duration.ofSeconds(5));
        breaker.tryAcquire();
        breaker.onSuccess();

        fail(2);

        assertThat(breaker.state()).isEqualTo(State.CLOSED);
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            breaker.tryAcquire();
            breaker.onFailure();
        }
    }

    private void succeed() {
        breaker.tryAcquire();
        breaker.onSuccess();
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }
}
