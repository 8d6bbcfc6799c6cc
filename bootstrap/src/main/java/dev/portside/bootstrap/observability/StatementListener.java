package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Nullable;
import java.sql.ResultSet;
import java.util.List;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every SQL statement, after it ran: logged at INFO on {@code portside.query} when the statement log is
 * on; logged at WARN on {@code portside.slow-query} and counted in {@code portside.storage.slow} when it
 * took at least the threshold; a span when tracing is on. A fast statement with the log off costs a
 * comparison. A query's line is written when its result set is closed, so that it can give the rows
 * read; an update's at once with its row count.
 */
final class StatementListener implements QueryExecutionListener {

    static final Logger QUERY_LOG = LoggerFactory.getLogger("portside.query");
    static final Logger SLOW_LOG = LoggerFactory.getLogger("portside.slow-query");
    private static final String SPAN = "portside.span";

    /** A query whose line waits for its rows; reported once. */
    static final class Pending {
        private final PortCall call;
        private final String sql;
        private final String parameters;
        private final long millis;
        private final boolean slow;
        private final boolean logged;

        Pending(PortCall call, String sql, String parameters, long millis, boolean slow, boolean logged) {
            this.call = call;
            this.sql = sql;
            this.parameters = parameters;
            this.millis = millis;
            this.slow = slow;
            this.logged = logged;
        }

        void report(long rows) {
            String line = line(call, millis, rows, sql, parameters, null);
            if (slow) {
                SLOW_LOG.warn("slow statement: {}", line);
            } else if (logged) {
                QUERY_LOG.info("statement: {}", line);
            }
        }
    }

    private final boolean queryLog;
    private final boolean slowLog;
    private final long thresholdMillis;
    private final MeterRegistry registry;
    /** Null while tracing is off: then no span is started. */
    @Nullable
    private final Tracer tracer;

    StatementListener(
            QueryLogSettings queryLog, SlowQuerySettings slowQuery, MeterRegistry registry, @Nullable Tracer tracer) {
        this.queryLog = queryLog.enabled();
        this.slowLog = slowQuery.enabled();
        this.thresholdMillis = slowQuery.threshold().toMillis();
        this.registry = registry;
        this.tracer = tracer;
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
        if (tracer != null) {
            PortCall call = PortCall.current();
            String sql =
                    queries.isEmpty() ? "" : Redaction.oneLine(queries.get(0).getQuery());
            Span span = tracer.spanBuilder(operation(sql))
                    .setSpanKind(SpanKind.CLIENT)
                    .setAttribute("db.system", "postgresql")
                    .setAttribute("db.statement", sql)
                    .setAttribute("portside.port", call.port())
                    .setAttribute("portside.method", call.method())
                    .startSpan();
            execInfo.addCustomValue(SPAN, span);
        }
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queries) {
        long millis = execInfo.getElapsedTime();
        boolean slow = slowLog && millis >= thresholdMillis;
        Object result = execInfo.getResult();
        RowCounting counting = result instanceof ResultSet ? RowCounting.takeLast() : null;
        Span span = tracer == null ? null : execInfo.getCustomValue(SPAN, Span.class);
        if (span != null) {
            long rows = rows(result);
            if (rows >= 0) {
                span.setAttribute("db.rows", rows);
            }
            if (!execInfo.isSuccess()) {
                span.recordException(execInfo.getThrowable());
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        }
        if (!slow && !queryLog) {
            return;
        }
        PortCall call = PortCall.current();
        if (slow) {
            call.countSlow(registry);
        }
        String sql = queries.isEmpty() ? "" : Redaction.oneLine(queries.get(0).getQuery());
        String parameters = parameters(queries);
        if (counting != null && execInfo.isSuccess()) {
            counting.arm(new Pending(call, sql, parameters, millis, slow, queryLog));
            return;
        }
        String line = line(
                call,
                millis,
                rows(result),
                sql,
                parameters,
                execInfo.isSuccess() ? null : String.valueOf(execInfo.getThrowable()));
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

    private static String parameters(List<QueryInfo> queries) {
        StringBuilder out = new StringBuilder("[");
        boolean firstSet = true;
        for (QueryInfo query : queries) {
            for (List<ParameterSetOperation> set : query.getParametersList()) {
                out.append(firstSet ? "" : ", ").append('(');
                firstSet = false;
                boolean first = true;
                for (ParameterSetOperation operation : set) {
                    Object[] args = operation.getArgs();
                    Object value =
                            operation.getMethod().getName().equals("setNull") || args.length < 2 ? null : args[1];
                    out.append(first ? "" : ", ").append(Redaction.parameter(value));
                    first = false;
                }
                out.append(')');
            }
        }
        return out.append(']').toString();
    }

    private static String operation(String sql) {
        int end = sql.indexOf(' ');
        String verb = (end < 0 ? sql : sql.substring(0, end)).toUpperCase(java.util.Locale.ROOT);
        return verb.isEmpty() ? "SQL" : verb;
    }
}
