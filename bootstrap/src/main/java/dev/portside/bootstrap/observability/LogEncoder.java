package dev.portside.bootstrap.observability;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import jakarta.annotation.Nullable;

/**
 * The console's encoder, chosen by {@code PORTSIDE_LOG_FORMAT} in logback.xml: {@code text} (default),
 * the pattern below, or {@code json}, logback's own {@link JsonEncoder} (one object per line: timestamp,
 * level, thread, logger, MDC with trace_id/span_id while tracing, formatted message, throwable). One
 * appender whose encoder is chosen, rather than two appenders of which one is left unreferenced, which
 * logback reports as a configuration warning at every start.
 */
public final class LogEncoder extends EncoderBase<ILoggingEvent> {

    static final String TEXT_PATTERN =
            "%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36}%replace( trace_id=%mdc{trace_id}){' trace_id=$', ''} - %msg%n";

    private String format = "text";
    private String pattern = TEXT_PATTERN;
    /** Chosen by {@link #start()}; logback encodes nothing before. */
    @Nullable
    private Encoder<ILoggingEvent> delegate;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    @Override
    public void start() {
        Encoder<ILoggingEvent> chosen;
        if ("json".equalsIgnoreCase(format)) {
            JsonEncoder json = new JsonEncoder();
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithFormattedMessage(true);
            chosen = json;
        } else {
            if (!"text".equalsIgnoreCase(format)) {
                addWarn("PORTSIDE_LOG_FORMAT must be text or json, not '" + format + "': writing text");
            }
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            chosen = text;
        }
        chosen.setContext(getContext());
        chosen.start();
        delegate = chosen;
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return started().headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return started().encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return started().footerBytes();
    }

    private Encoder<ILoggingEvent> started() {
        Encoder<ILoggingEvent> chosen = delegate;
        if (chosen == null) {
            throw new IllegalStateException("LogEncoder used before start()");
        }
        return chosen;
    }
}
