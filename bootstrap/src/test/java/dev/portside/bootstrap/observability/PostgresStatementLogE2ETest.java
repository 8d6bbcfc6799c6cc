package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The statement log (switched on here) and the slow-query log on the real service over PostgreSQL: each
 * line names the port and method that issued the statement, its duration and rows, and no parameter that
 * is text (an email, a password hash, a key) ever reaches a line. A statement made slow for real (a
 * transfer waiting for a row lock another connection holds) is logged once at WARN and counted. The
 * outbox insert, which runs before the commit and outside any port call, is attributed to the
 * {@code Outbox.append} that registered it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStatementLogE2ETest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    private CapturedLogs logs;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPostgres.database().micronautProperties());
        properties.putAll(Traffic.adminProperties());
        properties.put("portside.observability.query-log.enabled", "true");
        properties.put("portside.observability.slow-query.threshold", "300ms");
        return properties;
    }

    @BeforeEach
    void clear() {
        logs.clear();
    }

    /** After the context started: Micronaut reconfigures logback when a context starts. */
    @BeforeAll
    void capture() {
        logs = new CapturedLogs("portside.query", "portside.slow-query");
    }

    @AfterAll
    void release() {
        logs.close();
    }

    @Test
    void every_statement_is_logged_with_its_port_rows_and_redacted_parameters() {
        Traffic traffic = new Traffic(server.getURI());
        String email = "secret-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String username = "logged_" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse registered = traffic.client()
                .post(
                        "/api/users",
                        null,
                        Map.of("username", username, "email", email, "password", "correct horse battery"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(traffic.client()
                        .get("/api/users/" + registered.text("id"), null)
                        .status())
                .isIn(200, 401);

        List<String> lines = logs.lines();
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("statement: port=UserRepository method=")
                        .contains("backend=postgres", "duration_ms=")
                        .containsIgnoringCase("statement=\"insert into")
                        .containsIgnoringCase("users")
                        .containsPattern("rows=1 ")
                        .contains("<text:" + email.length() + ">"));
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("port=UserRepository method=findByEmail", "rows=0 ", "<text:" + email.length() + ">")
                        .containsIgnoringCase("statement=\"select"));
        assertThat(String.join("\n", lines))
                .doesNotContain(email)
                .doesNotContain(username)
                .doesNotContain("$argon2");
        assertThat(logs.events())
                .allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.INFO));
    }

    @Test
    void a_statement_slower_than_the_threshold_is_logged_once_at_warn_and_counted() throws Exception {
        Traffic traffic = new Traffic(server.getURI());
        Traffic.Accounts accounts = traffic.twoFundedAccounts();
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> holdRowLock(accounts.from(), locked));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        logs.clear();

        ApiResponse transfer =
                traffic.transfer(accounts, "5.00", UUID.randomUUID().toString());
        holder.get(10, TimeUnit.SECONDS);

        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        List<ILoggingEvent> slow =
                logs.events().stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(slow).as(logs.lines().toString()).hasSize(1);
        String line = slow.get(0).getFormattedMessage();
        System.out.println("sample slow-query line: " + slow.get(0).getLoggerName() + " WARN " + line);
        assertThat(slow.get(0).getLoggerName()).isEqualTo("portside.slow-query");
        assertThat(line)
                .startsWith("slow statement: port=AccountRepository method=lockAllById backend=postgres duration_ms=")
                .contains("rows=2 ", "for update", accounts.from(), accounts.to());
        long millis = Long.parseLong(line.replaceAll(".*duration_ms=(\\d+).*", "$1"));
        assertThat(millis).isBetween(300L, 5_000L);

        Prometheus metrics = new Prometheus(traffic.get("/prometheus").body());
        assertThat(metrics.sum(
                        "portside_storage_slow_total",
                        "port=\"AccountRepository\"",
                        "method=\"lockAllById\"",
                        "backend=\"postgres\""))
                .isEqualTo(1);
    }

    @Test
    void the_outbox_insert_is_attributed_to_the_append_that_registered_it_also_when_slow() throws Exception {
        Traffic traffic = new Traffic(server.getURI());
        Traffic.Accounts accounts = traffic.twoFundedAccounts();
        CountDownLatch locked = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> holdOutboxLock(locked));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        logs.clear();

        ApiResponse transfer =
                traffic.transfer(accounts, "5.00", UUID.randomUUID().toString());
        holder.get(10, TimeUnit.SECONDS);

        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        // a slow statement's line is written once, as the slow one
        assertThat(logs.lines())
                .filteredOn(line -> line.contains("insert into outbox_events"))
                .singleElement()
                .asString()
                .startsWith("slow statement: port=Outbox method=append backend=postgres");
        List<ILoggingEvent> slow =
                logs.events().stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(slow).as(logs.lines().toString()).hasSize(1);
        assertThat(slow.get(0).getFormattedMessage())
                .startsWith("slow statement: port=Outbox method=append backend=postgres duration_ms=")
                .containsIgnoringCase("insert into outbox_events");

        Prometheus metrics = new Prometheus(traffic.get("/prometheus").body());
        assertThat(metrics.sum(
                        "portside_storage_slow_total", "port=\"Outbox\"", "method=\"append\"", "backend=\"postgres\""))
                .isEqualTo(1);
    }

    /** Another session keeps every writer out of the outbox table for 600 ms (SHARE blocks inserts). */
    private static void holdOutboxLock(CountDownLatch locked) {
        try (Connection connection = TestPostgres.database().connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("lock table outbox_events in share mode")) {
                lock.execute();
            }
            locked.countDown();
            Thread.sleep(600);
            connection.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another session holds the source account's row for 600 ms: the transfer's locking read waits for it. */
    private static void holdRowLock(String accountId, CountDownLatch locked) {
        try (Connection connection = TestPostgres.database().connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock =
                    connection.prepareStatement("select id from accounts where id = ? for update")) {
                lock.setObject(1, UUID.fromString(accountId));
                lock.executeQuery().close();
            }
            locked.countDown();
            Thread.sleep(600);
            connection.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
