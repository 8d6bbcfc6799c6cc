package dev.portside.bootstrap.observability;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The statement log ({@code portside.observability.query-log.*}, ADR 20): every SQL statement or MongoDB
 * command at INFO on the logger {@code portside.query}, with its duration, rows, the port and method
 * that issued it and its parameters redacted. Off by default: it writes a line per statement.
 *
 * @param enabled whether every statement is logged
 */
@ConfigurationProperties("portside.observability.query-log")
public record QueryLogSettings(
        @Bindable(defaultValue = "false") boolean enabled) {}
