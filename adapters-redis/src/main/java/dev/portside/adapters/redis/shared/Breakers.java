package dev.portside.adapters.redis.shared;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resilience4j circuit breakers that stop calling Redis for a while after it failed
 * {@code failureThreshold} times in a row, so an outage costs each request nothing instead of a
 * timeout. A count window of that many calls, all of which must fail, is "that many failures in a
 * row". After {@code openFor} the next call is the one trial (half-open); its outcome closes or
 * reopens the breaker. An outage logs one WARN line when a breaker opens and one INFO line when it
 * closes, never a line per request.
 */
public final class Breakers {

    private static final Logger LOG = LoggerFactory.getLogger(Breakers.class);

    private Breakers() {}

    public static CircuitBreaker of(String name, CacheSettings settings) {
        CircuitBreaker breaker = CircuitBreaker.of(
                name,
                CircuitBreakerConfig.custom()
                        .slidingWindowType(SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(settings.failureThreshold())
                        .minimumNumberOfCalls(settings.failureThreshold())
                        .failureRateThreshold(100)
                        .waitDurationInOpenState(settings.openFor())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State to = event.getStateTransition().getToState();
            if (to == CircuitBreaker.State.OPEN
                    && event.getStateTransition().getFromState() == CircuitBreaker.State.CLOSED) {
                LOG.warn(
                        "cache '{}': circuit OPEN after {} failures in a row; Redis is skipped, retried every {} ms",
                        name,
                        settings.failureThreshold(),
                        settings.openFor().toMillis());
            } else if (to == CircuitBreaker.State.CLOSED) {
                LOG.info("cache '{}': circuit CLOSED, Redis answers again", name);
            } else {
                LOG.debug("cache '{}': circuit {}", name, event.getStateTransition());
            }
        });
        return breaker;
    }
}
