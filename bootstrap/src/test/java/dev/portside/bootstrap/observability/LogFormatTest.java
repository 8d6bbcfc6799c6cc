package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The service's logback.xml (not the tests' file): text lines by default, one JSON object per line with
 * {@code PORTSIDE_LOG_FORMAT=json}, and either way the trace id of the span current when the line was
 * written, through the OpenTelemetry MDC appender.
 */
class LogFormatTest {

    @Test
    void json_lines_carry_the_trace_id() throws Exception {
        SdkTracerProvider tracing = SdkTracerProvider.builder().build();
        Span span = tracing.get("test").spanBuilder("request").startSpan();

        List<String> lines = logThrough("json", span);

        String line = lines.stream()
                .filter(l -> l.contains("a line of the request"))
                .findFirst()
                .orElseThrow();
        JsonNode json = JsonMapper.createDefault().readValue(line, JsonNode.class);
        assertThat(json.get("level").getStringValue()).isEqualTo("WARN");
        assertThat(json.get("loggerName").getStringValue()).isEqualTo("portside.slow-query");
        assertThat(json.get("formattedMessage").getStringValue()).isEqualTo("a line of the request 42");
        assertThat(json.get("mdc").get("trace_id").getStringValue())
                .isEqualTo(span.getSpanContext().getTraceId());
        span.end();
        tracing.close();
    }

    @Test
    void text_lines_by_default_with_the_trace_id_only_inside_a_span() throws Exception {
        SdkTracerProvider tracing = SdkTracerProvider.builder().build();
        Span span = tracing.get("test").spanBuilder("request").startSpan();

        List<String> inside = logThrough(null, span);
        List<String> outside = logThrough(null, null);

        assertThat(inside)
                .anySatisfy(line -> assertThat(line)
                        .contains("WARN  portside.slow-query trace_id="
                                + span.getSpanContext().getTraceId() + " - a line of the request 42"));
        assertThat(outside)
                .anySatisfy(line -> assertThat(line).contains("WARN  portside.slow-query - a line of the request 42"));
        span.end();
        tracing.close();
    }

    /** Configures a fresh logback from the service's logback.xml and logs one line, within the span if any. */
    private static List<String> logThrough(String format, Span span) throws Exception {
        URL configuration = LogFormatTest.class.getResource("/logback.xml");
        assertThat(configuration).isNotNull();
        assertThat(configuration.getPath()).contains("bootstrap/target/classes");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's binding gives the real one
        if (format != null) {
            context.putProperty("PORTSIDE_LOG_FORMAT", format);
        }
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(configuration);
            assertThat(context.getStatusManager().getCopyOfStatusList())
                    .as("logback.xml configures without warnings")
                    .allSatisfy(status ->
                            assertThat(status.getLevel()).as(status.toString()).isEqualTo(Status.INFO));
            if (span == null) {
                context.getLogger("portside.slow-query").warn("a line of the request {}", 42);
            } else {
                try (Scope ignored = span.makeCurrent()) {
                    context.getLogger("portside.slow-query").warn("a line of the request {}", 42);
                }
            }
        } finally {
            context.stop();
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
