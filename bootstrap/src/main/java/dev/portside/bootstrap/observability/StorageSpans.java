package dev.portside.bootstrap.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import jakarta.annotation.Nullable;

/** How a statement's or command's span ends, on either backend: its rows if known, its failure if any. */
final class StorageSpans {

    private StorageSpans() {}

    /** {@code rows} below zero: not known (a query's rows are not counted). */
    static void end(Span span, long rows, @Nullable Throwable failure) {
        if (rows >= 0) {
            span.setAttribute("db.rows", rows);
        }
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }
}
