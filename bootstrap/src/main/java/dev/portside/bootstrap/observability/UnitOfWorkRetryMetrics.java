package dev.portside.bootstrap.observability;

import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.shared.UnitOfWork;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the reruns of units of work by cause, {@code portside.uow.retries{backend,cause}}: cause is
 * {@code version_conflict}, or what the storage named (PostgreSQL: {@code serialization_failure},
 * {@code deadlock}, {@code backend_terminated}, {@code connection_lost}; MongoDB:
 * {@code transient_transaction_error}). A rerun is not a failure: the unit may still succeed.
 */
@Singleton
final class UnitOfWorkRetryMetrics implements BeanCreatedEventListener<UnitOfWork> {

    static final String RETRIES = "portside.uow.retries";

    private final BeanProvider<MeterRegistry> registry;

    UnitOfWorkRetryMetrics(BeanProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public UnitOfWork onCreated(BeanCreatedEvent<UnitOfWork> event) {
        if (event.getBean() instanceof RetryingUnitOfWork unit) {
            MeterRegistry meters = registry.get();
            String backend = DrivenPortObservation.backendOf(unit.getClass());
            Map<String, Counter> byCause = new ConcurrentHashMap<>();
            java.util.function.Function<String, Counter> counter = name -> Counter.builder(RETRIES)
                    .description("units of work rerun after a transient storage failure or a version conflict")
                    .tag("backend", backend)
                    .tag("cause", name)
                    .register(meters);
            // shown at 0 from the start, so that a dashboard has a series before the first conflict
            byCause.put("version_conflict", counter.apply("version_conflict"));
            unit.observeRetries(cause -> byCause.computeIfAbsent(cause, counter).increment());
        }
        return event.getBean();
    }
}
