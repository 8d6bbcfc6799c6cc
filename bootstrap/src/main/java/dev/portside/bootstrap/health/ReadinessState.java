package dev.portside.bootstrap.health;

import jakarta.annotation.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * What the probes found, kept apart from the probing so the rules can be read (and tested) alone:
 * the storage is failing from the first failed probe (or the start of a probe that hangs past its
 * timeout) until the next successful one.
 */
final class ReadinessState {

    /** The findings at one moment; {@code failingSince} is null while the storage is fine. */
    record Reading(
            @Nullable Instant failingSince,
            Duration failingFor,
            @Nullable Duration lastRoundTrip,
            @Nullable String lastError) {}

    private @Nullable Instant failingSince;
    private @Nullable Instant probeInFlightSince;
    private @Nullable Duration lastRoundTrip;
    private @Nullable String lastError;

    synchronized void probeStarted(Instant at) {
        probeInFlightSince = at;
    }

    /** Returns whether this ends a failure. */
    synchronized boolean succeeded(Instant started, Instant finished) {
        boolean recovered = failingSince != null;
        probeInFlightSince = null;
        failingSince = null;
        lastError = null;
        lastRoundTrip = Duration.between(started, finished);
        return recovered;
    }

    /** Returns whether this starts a failure. */
    synchronized boolean failed(Instant started, Instant finished, RuntimeException failure) {
        boolean first = failingSince == null;
        probeInFlightSince = null;
        if (first) {
            failingSince = started;
        }
        lastError = failure.getClass().getSimpleName();
        lastRoundTrip = null;
        return first;
    }

    synchronized Reading read(Instant now, Duration probeTimeout) {
        Instant since = failingSince;
        String error = lastError;
        if (probeInFlightSince != null
                && Duration.between(probeInFlightSince, now).compareTo(probeTimeout) > 0) {
            since = since == null || probeInFlightSince.isBefore(since) ? probeInFlightSince : since;
            error = error == null ? "probe timed out" : error;
        }
        Duration failingFor = since == null ? Duration.ZERO : Duration.between(since, now);
        return new Reading(since, failingFor, lastRoundTrip, error);
    }
}
