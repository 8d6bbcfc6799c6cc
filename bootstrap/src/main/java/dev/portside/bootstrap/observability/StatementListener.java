package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Nullable;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every SQL statement, after it ran: logged at INFO on {@code portside.query} when the statement log is
 * on; logged at WARN on {@code portside.slow-query} and counted in {@code portside.storage.slow} when it
 * took at least the threshold; a span when tracing is on. A fast statement with the log off costs a
 * comparison. A query's line is written when its result set is closed, so that it can give the rows
 * read; an update's at once with its row count.
 */
final class StatementListener {

    static final Logger QUERY_LOG = LoggerFactory.getLogger("portside.query");
    static final Logger SLOW_LOG = LoggerFactory.getLogger("portside.slow-query");

    /** A query whose line waits for its rows; reported once. */
    static final class Pending {
        private final PortCall call;
        private final String sql;
        private final String parameters;
        private final long millis;
        private final boolean slow;

        Pending(PortCall call, String sql, String parameters, long millis, boolean slow) {
            this.call = call;
            this.sql = sql;
            this.parameters = parameters;
            this.millis = millis;
            this.slow = slow;
        }

        void report(long rows) {
            write(slow, line(call, millis, rows, sql, parameters, null));
        }
    }

    private final boolean queryLog;
    private final boolean slowLog;
    private final long thresholdNanos;
    private final MeterRegistry registry;
    /** Null while tracing is off: then no span is started. */
    @Nullable
    private final Tracer tracer;

    StatementListener(
            QueryLogSettings queryLog, SlowQuerySettings slowQuery, MeterRegistry registry, @Nullable Tracer tracer) {
        this.queryLog = queryLog.enabled();
        this.slowLog = slowQuery.enabled();
        this.thresholdNanos = slowQuery.threshold().toNanos();
        this.registry = registry;
        this.tracer = tracer;
    }

    /** Before a statement runs: its span when tracing is on, else null. */
    @Nullable
    Span before(String sql) {
        if (tracer == null) {
            return null;
        }
        PortCall call = PortCall.current();
        String statement = Redaction.oneLine(sql);
        return tracer.spanBuilder(operation(statement))
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("db.system", "postgresql")
                .setAttribute("db.statement", statement)
                .setAttribute("portside.port", call.port())
                .setAttribute("portside.method", call.method())
                .startSpan();
    }

    /**
     * After a statement ran: ends its span, counts and logs it if it was slow, logs it if the statement
     * log is on. Returns the result to hand to the caller: with the statement log on, a query's result set
     * behind a row counter, whose closing writes the line.
     */
    <T> T succeeded(ObservedStatement<?> statement, String sql, long nanos, T result, @Nullable Span span) {
        if (span != null) {
            StorageSpans.end(span, rows(result), null);
        }
        boolean slow = slowLog && nanos >= thresholdNanos;
        if (!slow && !queryLog) {
            return result;
        }
        PortCall call = caller(slow);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        if (queryLog && result instanceof ResultSet rows) {
            Pending pending = new Pending(call, Redaction.oneLine(sql), statement.parameters(), millis, slow);
            @SuppressWarnings("unchecked") // a ResultSet stands in for the ResultSet the caller asked for
            T counted = (T) RowCounting.counting(rows, pending);
            return counted;
        }
        write(slow, line(call, millis, rows(result), Redaction.oneLine(sql), statement.parameters(), null));
        return result;
    }

    /** After a statement failed: as {@link #succeeded}, the line saying why. */
    void failed(ObservedStatement<?> statement, String sql, long nanos, Throwable failure, @Nullable Span span) {
        if (span != null) {
            StorageSpans.end(span, -1, failure);
        }
        boolean slow = slowLog && nanos >= thresholdNanos;
        if (!slow && !queryLog) {
            return;
        }
        PortCall call = caller(slow);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        write(slow, line(call, millis, -1, Redaction.oneLine(sql), statement.parameters(), String.valueOf(failure)));
    }

    private PortCall caller(boolean slow) {
        PortCall call = PortCall.current();
        if (slow) {
            call.countSlow(registry);
        }
        return call;
    }

    private static void write(boolean slow, String line) {
        if (slow) {
            SLOW_LOG.warn("slow statement: {}", line);
        } else {
            QUERY_LOG.info("statement: {}", line);
        }
    }

    static String line(PortCall call, long millis, long rows, String sql, String parameters, @Nullable String failure) {
        StringBuilder out = new StringBuilder(160 + sql.length());
        out.append("port=")
                .append(call.port())
                .append(" method=")
                .append(call.method())
                .append(" backend=postgres duration_ms=")
                .append(millis)
                .append(" rows=")
                .append(rows < 0 ? "?" : Long.toString(rows))
                .append(" statement=\"")
                .append(sql.replace("\"", "\\\""))
                .append('"')
                .append(" parameters=")
                .append(parameters);
        if (failure != null) {
            out.append(" failed=\"").append(failure.replace("\"", "'")).append('"');
        }
        return out.toString();
    }

    /** Rows an update changed; -1 for anything else (a query's rows are counted as they are read). */
    private static long rows(@Nullable Object result) {
        if (result instanceof Integer count) {
            return count;
        }
        if (result instanceof Long count) {
            return count;
        }
        if (result instanceof int[] counts) {
            long sum = 0;
            for (int count : counts) {
                sum += Math.max(count, 0);
            }
            return sum;
        }
        if (result instanceof long[] counts) {
            long sum = 0;
            for (long count : counts) {
                sum += Math.max(count, 0);
            }
            return sum;
        }
        return -1;
    }

    private static String operation(String sql) {
        int end = sql.indexOf(' ');
        String verb = (end < 0 ? sql : sql.substring(0, end)).toUpperCase(java.util.Locale.ROOT);
        return verb.isEmpty() ? "SQL" : verb;
    }
}
