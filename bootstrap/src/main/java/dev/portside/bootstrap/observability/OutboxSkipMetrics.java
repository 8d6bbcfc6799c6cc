package dev.portside.bootstrap.observability;

import dev.portside.adapters.storage.OutboxReading;
import dev.portside.domain.event.port.OutboxFeed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Counts the stored events the outbox reader skipped because this build does not know their type
 * ({@code portside.outbox.skipped{backend,type}}; a newer version wrote them during a rolling deploy,
 * ADR 21). Each such event is counted once per process, by the first read that passes over it. The
 * adapters only report the skips (plain Java, {@link OutboxReading}); the meter is made here, at the
 * first skip of each type, like the retry counter.
 */
@Singleton
final class OutboxSkipMetrics implements BeanCreatedEventListener<OutboxFeed>, Ordered {

    static final String SKIPPED = "portside.outbox.skipped";

    private final BeanProvider<MeterRegistry> registry;

    OutboxSkipMetrics(BeanProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE; // the adapter itself, before the port timers wrap it in a proxy
    }

    @Override
    public OutboxFeed onCreated(BeanCreatedEvent<OutboxFeed> event) {
        if (DrivenPortObservation.target(event.getBean()) instanceof OutboxReading.SkipsUnknownEventTypes outbox) {
            MeterRegistry meters = registry.get();
            String backend = DrivenPortObservation.backendOf(outbox.getClass());
            Map<String, Counter> byType = new ConcurrentHashMap<>();
            Function<String, Counter> counter = type -> Counter.builder(SKIPPED)
                    .description("stored events of a type this build does not know, skipped by the outbox reader")
                    .tag("backend", backend)
                    .tag("type", type)
                    .register(meters);
            outbox.outboxReading()
                    .observeSkipped(
                            type -> byType.computeIfAbsent(type, counter).increment());
        }
        return event.getBean();
    }
}
