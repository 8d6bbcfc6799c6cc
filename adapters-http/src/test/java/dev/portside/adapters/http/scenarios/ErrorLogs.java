package dev.portside.adapters.http.scenarios;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects ERROR events logged by the service under test (it runs in this JVM) while a scenario runs. */
final class ErrorLogs {

    private final Logger root;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private ErrorLogs(Logger root) {
        this.root = root;
    }

    static ErrorLogs start() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ErrorLogs logs = new ErrorLogs(context.getLogger(Logger.ROOT_LOGGER_NAME));
        logs.appender.setContext(context);
        logs.appender.start();
        logs.root.addAppender(logs.appender);
        return logs;
    }

    long count() {
        return appender.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .count();
    }

    List<String> messages() {
        return appender.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    void stop() {
        root.detachAppender(appender);
        appender.stop();
    }
}
