package dev.portside.adapters.postgres.event;

import dev.portside.adapters.postgres.shared.PostgresAdapter;
import dev.portside.application.event.OutboxWatch;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import jakarta.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN portside_outbox} on a connection of its own (not from the pool: it stays open and
 * would hold a pooled connection forever), in one thread per watch. A numbering that gave events their
 * positions notifies that channel ({@code outbox_events_number()}, V7), and PostgreSQL delivers the
 * notification when the numbering commits, to every listening instance. A lost connection is reopened with backoff; after every
 * (re)connect the watch fires once, since notifications sent while it was away are gone.
 */
@Singleton
@PostgresAdapter
final class PostgresOutboxWatch implements OutboxWatch {

    static final String CHANNEL = "portside_outbox";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresOutboxWatch.class);
    private static final int WAIT_MILLIS = 5_000;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final DatasourceConfiguration datasource;

    PostgresOutboxWatch(@Named("default") DatasourceConfiguration datasource) {
        this.datasource = datasource;
    }

    @Override
    public AutoCloseable watch(Runnable onChange) {
        Listener listener = new Listener(onChange);
        Thread thread = new Thread(listener, "portside-outbox-listen");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            listener.stop();
            thread.interrupt();
            thread.join(Duration.ofSeconds(5).toMillis());
        };
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(datasource.getDataSourceProperties());
        if (datasource.getUsername() != null) {
            properties.setProperty("user", datasource.getUsername());
        }
        if (datasource.getPassword() != null) {
            properties.setProperty("password", datasource.getPassword());
        }
        properties.setProperty("ApplicationName", "portside-outbox-listen");
        Connection connection = DriverManager.getConnection(datasource.getUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private final class Listener implements Runnable {

        private final Runnable onChange;
        private volatile boolean running = true;

        @Nullable
        private volatile Connection connection;

        Listener(Runnable onChange) {
            this.onChange = onChange;
        }

        void stop() {
            running = false;
            Connection open = connection;
            if (open != null) {
                try {
                    open.close();
                } catch (SQLException ignored) {
                    // closing to wake the listener up; it is going away anyway
                }
            }
        }

        @Override
        public void run() {
            int failures = 0;
            while (running) {
                try (Connection open = connect()) {
                    connection = open;
                    if (failures > 0) {
                        LOG.info("listening for outbox notifications again");
                    }
                    failures = 0;
                    onChange.run();
                    listen(open.unwrap(PGConnection.class), open);
                } catch (SQLException | RuntimeException failure) {
                    if (!running) {
                        return;
                    }
                    if (failures++ == 0) {
                        LOG.warn(
                                "outbox notifications lost ({}); delivery falls back on polling until they are back",
                                failure.getMessage());
                    }
                    pause(Math.min(MAX_BACKOFF.toMillis(), 100L << Math.min(failures, 6)));
                } finally {
                    connection = null;
                }
            }
        }

        private void listen(PGConnection notifications, Connection open) throws SQLException {
            while (running) {
                PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                if (received != null && received.length > 0) {
                    onChange.run();
                } else if (!open.isValid(2)) {
                    throw new SQLException("the listening connection stopped answering");
                }
            }
        }

        private void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
