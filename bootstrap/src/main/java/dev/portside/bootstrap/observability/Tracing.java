package dev.portside.bootstrap.observability;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.format.MapFormat;
import io.micronaut.core.naming.conventions.StringConvention;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.tracing.opentelemetry.DefaultOpenTelemetryFactory;
import io.micronaut.tracing.opentelemetry.instrument.http.server.OpenTelemetryServerFilter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Tracing on Micronaut's OpenTelemetry module, but off unless {@code portside.observability.tracing.enabled}
 * (ADR 20). Off: the {@link OpenTelemetry} bean is {@code OpenTelemetry.noop()} (no SDK is built, no
 * span exported or even recorded) and Micronaut's HTTP server tracing filter is replaced by
 * {@link Off}, which matches no path, so a request pays nothing for tracing. On: the SDK is
 * auto-configured from the {@code otel.*} settings as Micronaut does it (service name
 * {@code portside}; exporter {@code none} unless {@code otel.traces.exporter}/{@code OTEL_TRACES_EXPORTER}
 * says {@code otlp}), with any {@link SpanProcessor} bean added (the tests' in-memory exporter).
 */
@Factory
class Tracing {

    /** The SDK built while tracing is on, closed with the context; null while off. */
    @Nullable
    private OpenTelemetry built;

    @Singleton
    @Replaces(factory = DefaultOpenTelemetryFactory.class, bean = OpenTelemetry.class)
    OpenTelemetry openTelemetry(
            TracingSettings settings,
            ApplicationConfiguration application,
            @Property(name = "otel")
                    @MapFormat(transformation = MapFormat.MapTransformation.FLAT, keyFormat = StringConvention.RAW)
                    Map<String, String> otel,
            List<SpanProcessor> processors) {
        if (!settings.enabled()) {
            return OpenTelemetry.noop();
        }
        Map<String, String> properties = new HashMap<>();
        otel.forEach((key, value) -> properties.put("otel." + key, value));
        properties.putIfAbsent("otel.service.name", application.getName().orElse("portside"));
        properties.putIfAbsent("otel.traces.exporter", "none");
        properties.putIfAbsent("otel.metrics.exporter", "none");
        properties.putIfAbsent("otel.logs.exporter", "none");
        built = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> properties)
                .addTracerProviderCustomizer((builder, config) -> {
                    processors.forEach(builder::addSpanProcessor);
                    return builder;
                })
                .build()
                .getOpenTelemetrySdk();
        return built;
    }

    @PreDestroy
    void close() {
        if (built instanceof AutoCloseable closeable) {
            try {
                closeable.close(); // flushes the batch exporter
            } catch (Exception ignored) {
                // the context is stopping
            }
        }
    }

    /**
     * Takes the place of Micronaut's tracing filter while tracing is off, so that requests pass no
     * tracing code. Micronaut gives no way to leave its filter out, and only a filter of the same kind
     * replaces it. Declared on every path: a filter with a path of its own would make the router match
     * patterns on every request (ADR 18). Disabled for every request, so that the router drops it
     * before the chain runs: even a filter that only passes the request on costs a legacy filter's
     * reactive wrapping of everything after it.
     */
    @Filter(Filter.MATCH_ALL_PATTERN)
    @Replaces(OpenTelemetryServerFilter.class)
    @Requires(property = "portside.observability.tracing.enabled", notEquals = "true")
    static final class Off implements HttpServerFilter, ConditionalFilter {
        @Override
        public boolean isEnabled(HttpRequest<?> request) {
            return false;
        }

        @Override
        public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
            return chain.proceed(request);
        }
    }
}
