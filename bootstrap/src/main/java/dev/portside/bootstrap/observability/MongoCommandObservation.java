package dev.portside.bootstrap.observability;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.BsonArray;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.slf4j.Logger;

/**
 * The MongoDB side of the statement log, the slow-query log and the statement spans: a
 * {@link CommandListener} (micronaut-mongo registers every such bean with the client). The sync driver
 * reports a command's start and end on the thread that sent it, so the current {@link PortCall} names
 * the port and method, and one slot per thread holds the command in flight. The command itself is
 * rendered (redacted: every string and binary value as its kind and length, UUIDs kept) only when the
 * statement log is on; the slow-query line names the command and collection.
 */
@Singleton
@Requires(env = "mongo")
final class MongoCommandObservation implements CommandListener {

    private static final Logger QUERY_LOG = StatementListener.QUERY_LOG;
    private static final Logger SLOW_LOG = StatementListener.SLOW_LOG;
    /** Session and cluster bookkeeping the driver adds to every command: noise in a log line. */
    private static final Set<String> BOOKKEEPING = Set.of(
            "lsid",
            "$clusterTime",
            "txnNumber",
            "autocommit",
            "startTransaction",
            "$readPreference",
            "readConcern",
            "writeConcern");

    private static final int MAX_COMMAND_LENGTH = 2000;

    /** The command in flight on this thread. */
    private static final class InFlight {
        int requestId;
        String command = "";
        String collection = "";
        /** The redacted command, only while the statement log is on. */
        @Nullable
        String rendered;
        /** The port call that sent it; null between commands. */
        @Nullable
        PortCall call;
        /** Only while tracing is on. */
        @Nullable
        Span span;
    }

    private final ThreadLocal<InFlight> inFlight = ThreadLocal.withInitial(InFlight::new);
    private final boolean queryLog;
    private final boolean slowLog;
    private final long thresholdNanos;
    private final MeterRegistry registry;
    /** Null while tracing is off: then no span is started. */
    @Nullable
    private final Tracer tracer;

    MongoCommandObservation(
            QueryLogSettings queryLog,
            SlowQuerySettings slowQuery,
            TracingSettings tracing,
            MeterRegistry registry,
            OpenTelemetry openTelemetry) {
        this.queryLog = queryLog.enabled();
        this.slowLog = slowQuery.enabled();
        this.thresholdNanos = slowQuery.threshold().toNanos();
        this.registry = registry;
        this.tracer = tracing.enabled() ? openTelemetry.getTracer("portside.mongo") : null;
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!queryLog && !slowLog && tracer == null) {
            return;
        }
        InFlight command = inFlight.get();
        command.requestId = event.getRequestId();
        command.command = event.getCommandName();
        BsonValue target = event.getCommand().get(event.getCommandName());
        command.collection =
                target != null && target.isString() ? target.asString().getValue() : "";
        PortCall call = PortCall.current();
        command.call = call;
        command.rendered = queryLog ? render(event.getCommand()) : null;
        command.span = tracer == null
                ? null
                : tracer.spanBuilder(command.command + " " + command.collection)
                        .setSpanKind(SpanKind.CLIENT)
                        .setAttribute("db.system", "mongodb")
                        .setAttribute("db.operation", command.command)
                        .setAttribute("db.mongodb.collection", command.collection)
                        .setAttribute("portside.port", call.port())
                        .setAttribute("portside.method", call.method())
                        .startSpan();
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        finish(event.getRequestId(), event.getElapsedTime(TimeUnit.NANOSECONDS), rows(event.getResponse()), null);
    }

    @Override
    public void commandFailed(CommandFailedEvent event) {
        finish(event.getRequestId(), event.getElapsedTime(TimeUnit.NANOSECONDS), -1, event.getThrowable());
    }

    private void finish(int requestId, long nanos, long rows, @Nullable Throwable failure) {
        if (!queryLog && !slowLog && tracer == null) {
            return;
        }
        InFlight command = inFlight.get();
        PortCall call = command.call;
        if (command.requestId != requestId || call == null) {
            return; // started on another thread (not on the sync driver), or before this listener
        }
        Span span = command.span;
        if (span != null) {
            StorageSpans.end(span, rows, failure);
        }
        boolean slow = slowLog && nanos >= thresholdNanos;
        if (slow || queryLog) {
            String line = line(call, command, TimeUnit.NANOSECONDS.toMillis(nanos), rows, failure);
            if (slow) {
                call.countSlow(registry);
                SLOW_LOG.warn("slow command: {}", line);
            } else {
                QUERY_LOG.info("command: {}", line);
            }
        }
        command.call = null;
        command.span = null;
        command.rendered = null;
    }

    private static String line(PortCall call, InFlight command, long millis, long rows, @Nullable Throwable failure) {
        StringBuilder out = new StringBuilder(200);
        out.append("port=")
                .append(call.port())
                .append(" method=")
                .append(call.method())
                .append(" backend=mongo duration_ms=")
                .append(millis)
                .append(" rows=")
                .append(rows < 0 ? "?" : Long.toString(rows))
                .append(" command=")
                .append(command.command)
                .append(" collection=")
                .append(command.collection.isEmpty() ? "-" : command.collection);
        if (command.rendered != null) {
            out.append(" document=").append(command.rendered);
        }
        if (failure != null) {
            out.append(" failed=\"")
                    .append(String.valueOf(failure).replace("\"", "'"))
                    .append('"');
        }
        return out.toString();
    }

    /** Documents returned (find, aggregate, getMore) or written (insert, update, delete); -1 if neither. */
    static long rows(@Nullable BsonDocument reply) {
        if (reply == null) {
            return -1;
        }
        BsonValue cursor = reply.get("cursor");
        if (cursor != null && cursor.isDocument()) {
            BsonValue batch = cursor.asDocument().get("firstBatch");
            if (batch == null) {
                batch = cursor.asDocument().get("nextBatch");
            }
            return batch != null && batch.isArray() ? batch.asArray().size() : -1;
        }
        BsonValue n = reply.get("n");
        return n != null && n.isNumber() ? n.asNumber().longValue() : -1;
    }

    /** The command as JSON with every string and non-UUID binary value replaced by its kind and length. */
    static String render(BsonDocument command) {
        BsonDocument redacted = new BsonDocument();
        for (Map.Entry<String, BsonValue> entry : command.entrySet()) {
            if (!BOOKKEEPING.contains(entry.getKey())) {
                redacted.put(
                        entry.getKey(),
                        entry.getKey().equals(command.getFirstKey())
                                        || entry.getKey().equals("$db")
                                ? entry.getValue()
                                : redact(entry.getValue()));
            }
        }
        String json = redacted.toJson();
        return json.length() <= MAX_COMMAND_LENGTH ? json : json.substring(0, MAX_COMMAND_LENGTH) + "...";
    }

    private static BsonValue redact(BsonValue value) {
        if (value.isString()) {
            return new BsonString("<text:" + value.asString().getValue().length() + ">");
        }
        if (value.isBinary()) {
            BsonBinary binary = value.asBinary();
            boolean uuid = binary.getType() == BsonBinarySubType.UUID_STANDARD.getValue()
                    || binary.getType() == BsonBinarySubType.UUID_LEGACY.getValue();
            return uuid ? value : new BsonString("<bytes:" + binary.getData().length + ">");
        }
        if (value.isDocument()) {
            BsonDocument out = new BsonDocument();
            value.asDocument().forEach((key, inner) -> out.put(key, redact(inner)));
            return out;
        }
        if (value.isArray()) {
            BsonArray out = new BsonArray();
            value.asArray().forEach(inner -> out.add(redact(inner)));
            return out;
        }
        return value;
    }
}
