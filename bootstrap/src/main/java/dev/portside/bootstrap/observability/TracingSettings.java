package dev.portside.bootstrap.observability;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Tracing ({@code portside.observability.tracing.*}, ADR 20). Off by default: then the OpenTelemetry
 * bean is {@code OpenTelemetry.noop()}, Micronaut's HTTP tracing filter is replaced by one that matches
 * no path, and no span is started anywhere. On, the OpenTelemetry SDK is configured from the standard
 * {@code otel.*} settings ({@code OTEL_TRACES_EXPORTER=otlp}, {@code OTEL_EXPORTER_OTLP_ENDPOINT}, ...).
 *
 * @param enabled whether spans are made and exported
 */
@ConfigurationProperties("portside.observability.tracing")
public record TracingSettings(
        @Bindable(defaultValue = "false") boolean enabled) {}
