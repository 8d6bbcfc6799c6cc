package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Wraps the pool in {@link ObservedDataSource} when statements are to be watched: the statement log,
 * the slow-query log (on by default) or tracing. With all three off the pool is left as it is. It wraps the
 * Hikari pool itself, before Micronaut's transaction-aware wrapper, so every statement of every caller
 * (adapters, Flyway, the migration) passes through {@link StatementListener} (ADR 20).
 */
@Singleton
final class StatementObservation implements BeanCreatedEventListener<DataSource>, Ordered {

    private final QueryLogSettings queryLog;
    private final SlowQuerySettings slowQuery;
    private final TracingSettings tracing;
    private final BeanProvider<MeterRegistry> registry;
    private final BeanProvider<OpenTelemetry> openTelemetry;

    StatementObservation(
            QueryLogSettings queryLog,
            SlowQuerySettings slowQuery,
            TracingSettings tracing,
            BeanProvider<MeterRegistry> registry,
            BeanProvider<OpenTelemetry> openTelemetry) {
        this.queryLog = queryLog;
        this.slowQuery = slowQuery;
        this.tracing = tracing;
        this.registry = registry;
        this.openTelemetry = openTelemetry;
    }

    /** Early, like the tests' StatementRecorder: on the pool, not on the transaction-aware wrapper. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (!queryLog.enabled() && !slowQuery.enabled() && !tracing.enabled()) {
            return event.getBean();
        }
        Tracer tracer = tracing.enabled() ? openTelemetry.get().getTracer("portside.jdbc") : null;
        return new ObservedDataSource(
                event.getBean(), new StatementListener(queryLog, slowQuery, registry.get(), tracer));
    }
}
