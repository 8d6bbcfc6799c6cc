package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.PGConnection;

/**
 * The statement wrapper on its own, over a real PostgreSQL pool: what the slow-query and statement logs
 * write for single statements, failures and batches, that nothing is written for a fast statement with
 * only the slow log on (the default), and that callers who unwrap still reach the pool and the driver.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservedStatementTest {

    private static final Duration THRESHOLD = Duration.ofMillis(150);

    private HikariDataSource pool;
    private SimpleMeterRegistry registry;
    private CapturedLogs logs;

    @BeforeAll
    void open() {
        TestPostgres.Database database = TestPostgres.database();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        logs = new CapturedLogs("portside.query", "portside.slow-query");
    }

    @AfterAll
    void close() {
        logs.close();
        pool.close();
    }

    @BeforeEach
    void fresh() {
        registry = new SimpleMeterRegistry();
        logs.clear();
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    private DataSource observed(boolean statementLog) {
        return new ObservedDataSource(
                pool,
                new StatementListener(
                        new QueryLogSettings(statementLog), new SlowQuerySettings(true, THRESHOLD), registry, null));
    }

    @Test
    void a_slow_statement_is_logged_once_at_warn_with_redacted_parameters_and_counted() throws SQLException {
        try (Connection connection = observed(false).getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select pg_sleep(?), length(?::text), ?::bigint")) {
            statement.setDouble(1, 0.3);
            statement.setString(2, "someone@example.com");
            statement.setLong(3, 42L);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(2)).isEqualTo("someone@example.com".length());
            }
        }

        List<ILoggingEvent> events = logs.events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getLevel()).isEqualTo(Level.WARN);
        assertThat(events.get(0).getLoggerName()).isEqualTo("portside.slow-query");
        String line = events.get(0).getFormattedMessage();
        assertThat(line)
                .startsWith("slow statement: port=none method=none backend=postgres duration_ms=")
                .contains(
                        " rows=? ",
                        "statement=\"select pg_sleep(?), length(?::text), ?::bigint\"",
                        "parameters=[(0.3, <text:19>, 42)]")
                .doesNotContain("someone");
        long millis = Long.parseLong(line.replaceAll(".*duration_ms=(\\d+).*", "$1"));
        assertThat(millis).isBetween(300L, 5_000L);
        assertThat(registry.get(PortCall.SLOW)
                        .tags("port", "none", "method", "none")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void a_fast_statement_writes_nothing_while_only_the_slow_log_is_on() throws SQLException {
        try (Connection connection = observed(false).getConnection();
                PreparedStatement statement = connection.prepareStatement("select ?::int + 1")) {
            statement.setInt(1, 41);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }

        assertThat(logs.events()).isEmpty();
        assertThat(registry.find(PortCall.SLOW).counter()).isNull();
    }

    @Test
    void a_query_line_waits_for_its_result_set_to_close_and_gives_the_rows_read() throws SQLException {
        try (Connection connection = observed(true).getConnection();
                PreparedStatement statement = connection.prepareStatement("select generate_series(1, ?)")) {
            statement.setInt(1, 5);
            try (ResultSet rows = statement.executeQuery()) {
                int read = 0;
                while (rows.next()) {
                    read++;
                }
                assertThat(read).isEqualTo(5);
                assertThat(logs.events()).isEmpty();
            }
        }

        assertThat(logs.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("statement: port=none method=none backend=postgres duration_ms=")
                        .contains(" rows=5 ", "parameters=[(5)]"));
    }

    @Test
    void a_failed_statement_is_rethrown_and_its_line_says_why() throws SQLException {
        try (Connection connection = observed(true).getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("select 1 / 0"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("division by zero");
        }

        assertThat(logs.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("rows=? ", "statement=\"select 1 / 0\"", "parameters=[]", "failed=\"")
                        .contains("division by zero"));
    }

    @Test
    void a_batch_line_shows_each_row_of_parameters_and_the_rows_changed() throws SQLException {
        try (Connection connection = observed(true).getConnection()) {
            try (Statement create = connection.createStatement()) {
                create.execute("create temporary table observed_batch (id bigint, note text)");
            }
            logs.clear();
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into observed_batch (id, note) values (?, ?)")) {
                for (long id = 1; id <= 3; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "note " + id);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsExactly(1, 1, 1);
            }
        }

        assertThat(logs.lines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains(
                                " rows=3 ",
                                "statement=\"insert into observed_batch (id, note) values (?, ?)\"",
                                "parameters=[(1, <text:6>), (2, <text:6>), (3, <text:6>)]"));
    }

    @Test
    void unwrapping_reaches_the_pool_and_the_driver_and_a_statement_knows_its_observed_connection()
            throws SQLException {
        DataSource observed = observed(false);
        assertThat(observed.unwrap(HikariDataSource.class)).isSameAs(pool);
        assertThat(observed.isWrapperFor(HikariDataSource.class)).isTrue();
        try (Connection connection = observed.getConnection();
                PreparedStatement statement = connection.prepareStatement("select 1")) {
            assertThat(connection.unwrap(PGConnection.class)).isNotNull();
            assertThat(connection.unwrap(Connection.class)).isSameAs(connection);
            assertThat(statement.getConnection()).isSameAs(connection);
        }
    }
}
