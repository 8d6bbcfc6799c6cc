package dev.portside.adapters.http.events;

import dev.portside.adapters.http.security.AccountCheckConfiguration;
import dev.portside.adapters.http.security.StreamAuthentication;
import dev.portside.application.event.CloseReason;
import dev.portside.application.event.EventSubscription;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps open streams honest about their tokens, on one thread of its own: a stream ends when its
 * token expires ({@code token_expired}) and, checked every account-check TTL (5 s by default, the
 * bound of ADR 8), when its caller's account was deleted, locked or lost a role the token claims
 * ({@code unauthenticated}). A request is checked once; a stream lives on, so it is checked again.
 */
@Singleton
final class StreamGuard {

    private static final Logger LOG = LoggerFactory.getLogger(StreamGuard.class);

    private record Guarded(EventSubscription subscription, Instant expiresAt) {}

    private final StreamAuthentication authentication;
    private final Map<EventSubscription, Guarded> guarded = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "portside-stream-guard");
        thread.setDaemon(true);
        return thread;
    });

    StreamGuard(StreamAuthentication authentication, AccountCheckConfiguration accountCheck) {
        this.authentication = authentication;
        long period = Math.max(
                Duration.ofMillis(200).toMillis(), accountCheck.getTtl().toMillis());
        checks.scheduleWithFixedDelay(this::checkAll, period, period, TimeUnit.MILLISECONDS);
    }

    void guard(EventSubscription subscription, Instant expiresAt) {
        guarded.put(subscription, new Guarded(subscription, expiresAt));
        long untilExpiry = Duration.between(Instant.now(), expiresAt).toMillis();
        checks.schedule(
                () -> check(new Guarded(subscription, expiresAt)), Math.max(0, untilExpiry) + 5, TimeUnit.MILLISECONDS);
    }

    private void checkAll() {
        for (Guarded stream : guarded.values()) {
            try {
                check(stream);
            } catch (RuntimeException failure) {
                // the account could not be read (storage down): keep the stream, ask again next time
                LOG.debug("could not re-check a stream's account", failure);
            }
        }
    }

    private void check(Guarded stream) {
        EventSubscription subscription = stream.subscription();
        if (subscription.isClosed()) {
            guarded.remove(subscription);
        } else if (!Instant.now().isBefore(stream.expiresAt())) {
            subscription.closeFor(CloseReason.TOKEN_EXPIRED);
            guarded.remove(subscription);
        } else if (!authentication.stillAdmitted(subscription.actor())) {
            subscription.closeFor(CloseReason.UNAUTHENTICATED);
            guarded.remove(subscription);
        }
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
