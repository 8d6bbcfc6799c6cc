package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import dev.portside.adapters.http.scenarios.SseStream;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two instances of the real service on one PostgreSQL database, as in production behind a load
 * balancer: a change made through one reaches the subscribers of the other within a second (the
 * commit's NOTIFY wakes every instance's hub), and a subscriber of an instance that restarts resumes
 * with exactly the events it missed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresEventInstancesE2ETest extends ApiScenarios {

    private EmbeddedServer writer;
    private EmbeddedServer reader;

    private static EmbeddedServer start() {
        Map<String, Object> properties = new HashMap<>(new OnRealServiceWithPostgres() {}.getProperties());
        // the poll is far longer than the bound tested: only the notification can be that fast
        properties.put("portside.events.poll-interval", "30s");
        return ApplicationContext.builder()
                .environments("test")
                .properties(properties)
                .start()
                .getBean(EmbeddedServer.class)
                .start();
    }

    @BeforeAll
    void startTwoInstances() {
        writer = start();
        reader = start();
    }

    @AfterAll
    void stop() {
        for (EmbeddedServer server : List.of(writer, reader)) {
            if (server != null) {
                server.getApplicationContext().close();
            }
        }
    }

    @Override
    protected URI baseUrl() {
        return writer.getURI();
    }

    private String account(Session owner) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }

    private void deposit(Session owner, String account, String amount) {
        ApiResponse deposited = api().post(
                        "/api/accounts/" + account + "/deposits",
                        owner.token(),
                        Map.of("amount", money(amount, "EUR")));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
    }

    private static SseStream subscribe(
            EmbeddedServer server, Session caller, String topics, Map<String, String> headers) {
        SseStream stream = SseStream.open(server.getURI(), "/api/events?topics=" + topics, caller.token(), headers);
        assertThat(stream.status()).isEqualTo(200);
        stream.await(message -> message.name().equals("subscribed"), Duration.ofSeconds(10));
        return stream;
    }

    @Test
    void a_change_through_one_instance_reaches_a_subscriber_of_the_other_within_a_second() {
        Session owner = newUser("twice");
        String account = account(owner);
        try (SseStream onTheOther = subscribe(reader, owner, "accounts/" + account, Map.of())) {
            List<Long> latencies = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                long start = System.nanoTime();
                deposit(owner, account, "1.00");
                onTheOther.awaitEvent(Duration.ofSeconds(5));
                latencies.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            }
            Collections.sort(latencies);
            assertThat(latencies.get(latencies.size() - 1))
                    .as("deposit through one instance to event at the other, ms (sorted: %s)", latencies)
                    .isLessThan(1000);
        }
    }

    @Test
    void a_subscriber_resumes_across_a_restart_with_exactly_the_events_it_missed() {
        Session owner = newUser("restart");
        String account = account(owner);
        String lastId;
        try (SseStream before = subscribe(reader, owner, "accounts/" + account, Map.of())) {
            deposit(owner, account, "10.00");
            lastId = before.awaitEvent(Duration.ofSeconds(5)).id().orElseThrow();
            reader.getApplicationContext().close();
            try {
                SseStream.Message last =
                        before.await(message -> message.name().equals("closing"), Duration.ofSeconds(10));
                assertThat(last.data()).contains("service_stopping");
                // while the reader is down, changes go through the other instance
                deposit(owner, account, "20.00");
                deposit(owner, account, "30.00");
            } finally {
                reader = start();
            }
        }

        try (SseStream after = subscribe(reader, owner, "accounts/" + account, Map.of("Last-Event-ID", lastId))) {
            List<String> balances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                balances.add(balanceOf(after.awaitEvent(Duration.ofSeconds(10)).data()));
            }
            assertThat(balances).containsExactly("30.00", "60.00");
            assertThat(after.eventsWithin(Duration.ofMillis(700)))
                    .as("nothing repeated")
                    .isEmpty();
        }
    }

    private static String balanceOf(String event) {
        int start = event.indexOf("\"balance\":\"") + "\"balance\":\"".length();
        return event.substring(start, event.indexOf('"', start));
    }
}
