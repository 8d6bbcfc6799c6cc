package dev.portside.bootstrap.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadinessStateTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    private final ReadinessState state = new ReadinessState();

    @Test
    void healthy_storage_is_not_failing_and_reports_its_round_trip() {
        state.probeStarted(T0);
        state.succeeded(T0, T0.plusMillis(3));

        ReadinessState.Reading reading = state.read(T0.plusSeconds(1), TIMEOUT);

        assertThat(reading.failingSince()).isNull();
        assertThat(reading.failingFor()).isZero();
        assertThat(reading.lastRoundTrip()).isEqualTo(Duration.ofMillis(3));
    }

    @Test
    void failing_time_counts_from_the_first_failed_probe_of_a_streak() {
        state.probeStarted(T0);
        assertThat(state.failed(T0, T0.plusMillis(5), new IllegalStateException("gone")))
                .isTrue();
        state.probeStarted(T0.plusSeconds(2));
        assertThat(state.failed(T0.plusSeconds(2), T0.plusSeconds(2), new IllegalStateException("gone")))
                .isFalse();

        ReadinessState.Reading reading = state.read(T0.plusSeconds(7), TIMEOUT);

        assertThat(reading.failingSince()).isEqualTo(T0);
        assertThat(reading.failingFor()).isEqualTo(Duration.ofSeconds(7));
        assertThat(reading.lastError()).isEqualTo("IllegalStateException");
    }

    @Test
    void one_successful_probe_ends_the_failure() {
        state.failed(T0, T0, new IllegalStateException("killed"));
        state.probeStarted(T0.plusSeconds(1));
        assertThat(state.succeeded(T0.plusSeconds(1), T0.plusSeconds(1))).isTrue();

        assertThat(state.read(T0.plusSeconds(30), TIMEOUT).failingSince()).isNull();
    }

    @Test
    void a_probe_that_hangs_past_its_timeout_counts_as_failing_since_it_started() {
        state.succeeded(T0, T0);
        state.probeStarted(T0.plusSeconds(1));

        assertThat(state.read(T0.plusMillis(1500), TIMEOUT).failingSince()).isNull();
        ReadinessState.Reading hung = state.read(T0.plusSeconds(12), TIMEOUT);
        assertThat(hung.failingSince()).isEqualTo(T0.plusSeconds(1));
        assertThat(hung.failingFor()).isEqualTo(Duration.ofSeconds(11));
        assertThat(hung.lastError()).isEqualTo("probe timed out");
    }
}
