package dev.portside.bootstrap.observability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.opentelemetry.instrumentation.logback.mdc.v1_0.OpenTelemetryAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures what the statement and slow-query loggers write, through the same OpenTelemetry MDC
 * appender the service's logback.xml puts in front of the console (so events carry trace_id). The
 * loggers stop writing to the console while captured.
 */
final class CapturedLogs implements AutoCloseable {

    private final ListAppender<ILoggingEvent> list = new ListAppender<>();
    private final OpenTelemetryAppender mdc = new OpenTelemetryAppender();
    private final List<Logger> loggers = new ArrayList<>();

    CapturedLogs(String... names) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        list.setContext(context);
        list.start();
        mdc.setContext(context);
        mdc.addAppender(list);
        mdc.start();
        for (String name : names) {
            Logger logger = context.getLogger(name);
            logger.setLevel(Level.INFO);
            logger.setAdditive(false);
            logger.addAppender((Appender<ILoggingEvent>) mdc);
            loggers.add(logger);
        }
    }

    synchronized List<ILoggingEvent> events() {
        return List.copyOf(list.list);
    }

    List<String> lines() {
        return events().stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    void clear() {
        list.list.clear();
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.detachAppender(mdc);
            logger.setAdditive(true);
            logger.setLevel(null);
        }
        mdc.stop();
        list.stop();
    }
}
