package dev.portside.bootstrap.observability;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Singleton;

/** The spans the service ends, kept in memory (the tracing test's exporter); only where a test asks. */
@Factory
@Requires(property = InMemorySpans.ENABLED, value = "true")
class InMemorySpans {

    static final String ENABLED = "portside.test.in-memory-spans";

    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    @Singleton
    SpanProcessor inMemory(InMemorySpanExporter exporter) {
        return SimpleSpanProcessor.create(exporter);
    }
}
