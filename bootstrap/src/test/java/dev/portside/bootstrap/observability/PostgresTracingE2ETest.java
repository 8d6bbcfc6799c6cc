package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With tracing on, a transfer is one trace: the HTTP request's server span, under it the use case's
 * span, under that one span per SQL statement naming the port and method that issued it. A log line
 * written while the request runs (here the slow-query log, with a threshold of 0 so that every statement
 * is "slow") carries the request's trace id in its MDC.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTracingE2ETest implements TestPropertyProvider {

    private static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system");
    private static final AttributeKey<String> PORT = AttributeKey.stringKey("portside.port");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("portside.method");

    @Inject
    EmbeddedServer server;

    @Inject
    InMemorySpanExporter spans;

    private CapturedLogs logs;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.putAll(Traffic.adminProperties());
        properties.put("portside.observability.tracing.enabled", "true");
        properties.put("portside.observability.slow-query.threshold", "0ms");
        properties.put(InMemorySpans.ENABLED, "true");
        return properties;
    }

    /** After the context started: Micronaut reconfigures logback when a context starts. */
    @BeforeAll
    void capture() {
        logs = new CapturedLogs("portside.slow-query");
    }

    @AfterAll
    void release() {
        logs.close();
    }

    @Test
    void a_transfer_is_one_trace_from_the_request_to_each_statement() {
        Traffic traffic = new Traffic(server.getURI());
        Traffic.Accounts accounts = traffic.twoFundedAccounts();
        spans.reset();
        logs.clear();

        ApiResponse transfer =
                traffic.transfer(accounts, "5.00", UUID.randomUUID().toString());
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);

        SpanData request = await(() -> spans.getFinishedSpanItems().stream()
                .filter(span ->
                        span.getKind() == SpanKind.SERVER && span.getName().contains("/api/transfers"))
                .findFirst());
        List<SpanData> trace = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(request.getTraceId()))
                .toList();
        SpanData useCase = trace.stream()
                .filter(span -> span.getName().equals("TransferMoney.transfer"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no use case span in " + names(trace)));
        assertThat(useCase.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(useCase.getAttributes().get(AttributeKey.stringKey("portside.outcome")))
                .isEqualTo("ok");

        List<SpanData> statements = trace.stream()
                .filter(span -> span.getKind() == SpanKind.CLIENT
                        && "postgresql".equals(span.getAttributes().get(DB_SYSTEM)))
                .toList();
        List<SpanData> underUseCase = statements.stream()
                .filter(span -> span.getParentSpanId().equals(useCase.getSpanId()))
                .toList();
        // the locking read of both accounts, one update of both balances and the ledger entry, inside the
        // use case; the idempotency claim and the stored response around it, under the request
        assertThat(underUseCase).as(names(trace)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(underUseCase).anySatisfy(span -> {
            assertThat(span.getAttributes().get(PORT)).isEqualTo("AccountRepository");
            assertThat(span.getAttributes().get(METHOD)).isEqualTo("saveAll");
            assertThat(span.getName()).isEqualTo("UPDATE");
        });
        assertThat(underUseCase).anySatisfy(span -> {
            assertThat(span.getAttributes().get(PORT)).isEqualTo("AccountRepository");
            assertThat(span.getAttributes().get(METHOD)).isEqualTo("lockAllById");
            assertThat(span.getName()).isEqualTo("SELECT");
        });
        assertThat(statements)
                .anySatisfy(span -> assertThat(span.getAttributes().get(PORT)).isEqualTo("IdempotencyStore"));
        assertThat(statements).allSatisfy(span -> {
            assertThat(span.getStartEpochNanos()).isGreaterThanOrEqualTo(request.getStartEpochNanos());
            assertThat(span.getEndEpochNanos()).isLessThanOrEqualTo(request.getEndEpochNanos());
        });

        // the events' numbering runs after the commit, on the numbering thread or before the event hub's
        // next read, never in the request (ADR 22; PostgresRoundTripsE2ETest pins the request's)
        List<ILoggingEvent> lines = logs.events().stream()
                .filter(event -> !event.getFormattedMessage().contains("outbox_events_number()"))
                .toList();
        assertThat(lines).as("the request's slow-query lines").hasSizeGreaterThanOrEqualTo(statements.size());
        assertThat(lines)
                .allSatisfy(
                        event -> assertThat(event.getMDCPropertyMap()).containsEntry("trace_id", request.getTraceId()));
    }

    private static String names(List<SpanData> spans) {
        return spans.stream()
                .map(span -> span.getName() + "(" + span.getSpanId() + "<-" + span.getParentSpanId() + ")")
                .toList()
                .toString();
    }

    private static <T> T await(java.util.function.Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not found in time");
    }
}
