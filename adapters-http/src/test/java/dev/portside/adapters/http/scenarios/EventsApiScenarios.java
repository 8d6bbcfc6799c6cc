package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Live events over HTTP (docs/api.md, "Live events"): Server-Sent Events at {@code /api/events} and the
 * WebSocket at {@code /ws/events}, against whichever service a subclass runs. The service must run
 * the hub with {@code EventsTestSettings}' limits (a queue of 256, three streams per caller).
 */
public abstract class EventsApiScenarios extends ApiScenarios {

    protected static final Duration WAIT = Duration.ofSeconds(10);

    /** How many streams the service holds open now (its event hub's count). */
    protected abstract int openStreamsOnTheServer();

    /**
     * Stores {@code count} events of {@code type}, a type this build does not know, on {@code topic},
     * straight into the service's outbox (SQL, the driver), as a newer version of the service would
     * during a rolling deploy. The in-memory fake cannot hold such events: there the test is skipped.
     */
    protected void storeEventsOfUnknownType(String type, String topic, int count) {
        Assumptions.abort("this service's outbox holds only events of the types this build knows");
    }

    // ---- helpers

    protected SseStream subscribe(Session caller, String topics) {
        return subscribe(caller, topics, Map.of());
    }

    protected SseStream subscribe(Session caller, String topics, Map<String, String> headers) {
        SseStream stream = SseStream.open(baseUrl(), "/api/events?topics=" + topics, caller.token(), headers);
        assertThat(stream.status()).as("subscribe %s", topics).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        SseStream.Message hello = stream.await(m -> true, WAIT);
        assertThat(hello.name()).isEqualTo("subscribed");
        return stream;
    }

    protected String account(Session owner) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }

    protected void deposit(Session owner, String accountId, String amount) {
        ApiResponse deposited = api().post(
                        "/api/accounts/" + accountId + "/deposits",
                        owner.token(),
                        Map.of("amount", money(amount, "EUR")));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
    }

    protected String product(int stock) {
        ApiResponse created = api().post(
                        "/api/products",
                        admin().token(),
                        body(
                                "sku",
                                unique("EV"),
                                "name",
                                "Live",
                                "category",
                                "events",
                                "price",
                                money("1.00", "EUR"),
                                "stock",
                                stock));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    protected ApiResponse order(Session customer, List<String> productIds) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String id : productIds) {
            lines.add(Map.of("productId", id, "quantity", 1));
        }
        return api().post("/api/orders", customer.token(), Map.of("items", lines));
    }

    protected JsonNode json(String text) {
        return api().parse(text);
    }

    // ---- Server-Sent Events

    @Test
    void a_change_reaches_a_subscriber_of_its_topic_once_it_committed() {
        Session owner = newUser("live");
        String account = account(owner);
        try (SseStream stream = subscribe(owner, "accounts/" + account)) {
            deposit(owner, account, "10.00");

            SseStream.Message message = stream.awaitEvent(WAIT);
            JsonNode event = json(message.data());
            assertThat(message.id()).hasValue(Long.toString(event.get("id").getLongValue()));
            assertThat(event.get("type").getStringValue()).isEqualTo("deposit.booked");
            assertThat(event.get("topic").getStringValue()).isEqualTo("accounts/" + account);
            assertThat(event.get("aggregateId").getStringValue()).isEqualTo(account);
            assertThat(event.get("storedAt").getStringValue()).isNotBlank();
            assertThat(event.get("data").get("amount").getStringValue()).isEqualTo("10.00");
            assertThat(event.get("data").get("balance").getStringValue()).isEqualTo("10.00");
        }
    }

    @Test
    void a_refused_change_sends_nothing() {
        Session owner = newUser("refused");
        String account = account(owner);
        String other = account(newUser("payee"));
        try (SseStream stream = subscribe(owner, "accounts/" + account)) {
            ApiResponse refused = api().post(
                            "/api/transfers",
                            owner.token(),
                            body("fromAccountId", account, "toAccountId", other, "amount", money("5.00", "EUR")),
                            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertProblem(refused, 422, "insufficient_funds");
            deposit(owner, account, "3.00");

            JsonNode first = json(stream.awaitEvent(WAIT).data());
            assertThat(first.get("type").getStringValue())
                    .as("the first event is the deposit")
                    .isEqualTo("deposit.booked");
        }
    }

    @Test
    void other_users_orders_and_accounts_are_never_delivered_and_admins_see_every_order() {
        Session alice = newUser("alice");
        Session bob = newUser("bob");
        Session admin = admin();
        String bobsAccount = account(bob);
        String item = product(100);
        try (SseStream alices = subscribe(alice, "orders,accounts/" + bobsAccount);
                SseStream admins = subscribe(admin, "orders")) {
            String bobsOrder = order(bob, List.of(item)).text("id");
            deposit(bob, bobsAccount, "50.00");
            String alicesOrder = order(alice, List.of(item)).text("id");

            JsonNode seenByAdmin = json(admins.awaitEvent(WAIT).data());
            assertThat(seenByAdmin.get("aggregateId").getStringValue()).isEqualTo(bobsOrder);
            JsonNode seenByAlice = json(alices.awaitEvent(WAIT).data());
            assertThat(seenByAlice.get("aggregateId").getStringValue())
                    .as("alice's first event is her own order")
                    .isEqualTo(alicesOrder);
            assertThat(seenByAlice.get("type").getStringValue()).isEqualTo("order.placed");
            assertThat(alices.eventsWithin(Duration.ofMillis(500))).isEmpty();
        }
    }

    @Test
    void reconnecting_with_the_last_event_id_delivers_exactly_what_was_missed_in_order() {
        Session owner = newUser("resume");
        String account = account(owner);
        String lastId;
        try (SseStream first = subscribe(owner, "accounts/" + account)) {
            deposit(owner, account, "10.00");
            lastId = first.awaitEvent(WAIT).id().orElseThrow();
        }
        deposit(owner, account, "20.00");
        deposit(owner, account, "30.00");

        try (SseStream resumed = subscribe(owner, "accounts/" + account, Map.of("Last-Event-ID", lastId))) {
            List<String> balances = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                JsonNode event = json(resumed.awaitEvent(WAIT).data());
                balances.add(event.get("data").get("balance").getStringValue());
                ids.add(event.get("id").getLongValue());
            }
            assertThat(balances).containsExactly("30.00", "60.00");
            assertThat(ids).isSorted().allMatch(id -> id > Long.parseLong(lastId));
            assertThat(resumed.eventsWithin(Duration.ofMillis(500)))
                    .as("nothing repeated, nothing more")
                    .isEmpty();
        }
        try (SseStream byQuery = SseStream.open(
                baseUrl(),
                "/api/events?topics=accounts/" + account + "&lastEventId=" + lastId,
                owner.token(),
                Map.of())) {
            assertThat(json(byQuery.awaitEvent(WAIT).data())
                            .get("data")
                            .get("balance")
                            .getStringValue())
                    .isEqualTo("30.00");
        }
    }

    /**
     * Events a newer version wrote in a type this build does not know (ADR 21) are passed over: the
     * hub gets past more of them than it reads at once (the tests' batch is 200) to the event behind
     * them, live and when a subscriber resumes from before them.
     */
    @Test
    void events_of_a_type_this_build_does_not_know_are_passed_over_and_delivery_goes_on() {
        Session owner = newUser("rolling");
        String account = account(owner);
        String before;
        try (SseStream stream = subscribe(owner, "accounts/" + account)) {
            deposit(owner, account, "1.00");
            before = stream.awaitEvent(WAIT).id().orElseThrow();
            storeEventsOfUnknownType("account.renamed", "accounts/" + account, 250);
            deposit(owner, account, "2.00");

            JsonNode event = json(stream.awaitEvent(WAIT).data());
            assertThat(event.get("type").getStringValue()).isEqualTo("deposit.booked");
            assertThat(event.get("data").get("amount").getStringValue()).isEqualTo("2.00");
            assertThat(event.get("id").getLongValue()).isGreaterThan(Long.parseLong(before) + 250);
        }
        try (SseStream resumed = subscribe(owner, "accounts/" + account, Map.of("Last-Event-ID", before))) {
            JsonNode event = json(resumed.awaitEvent(WAIT).data());
            assertThat(event.get("data").get("amount").getStringValue()).isEqualTo("2.00");
            assertThat(resumed.eventsWithin(Duration.ofMillis(500)))
                    .as("nothing else")
                    .isEmpty();
        }
    }

    @Test
    void bad_subscriptions_are_refused_as_problems() {
        Session caller = newUser("refusals");
        assertProblem(api().get("/api/events?topics=posts", null), 401, "unauthenticated");
        assertInvalid(api().get("/api/events", caller.token()), "topics");
        assertInvalid(api().get("/api/events?topics=posts,users", caller.token()), "topics");
        assertInvalid(api().get("/api/events?topics=accounts/not-an-id", caller.token()), "topics");
        assertInvalid(api().get("/api/events?topics=posts,", caller.token()), "topics");
        assertInvalid(api().get("/api/events?topics=posts&lastEventId=-1", caller.token()), "lastEventId");
        assertInvalid(
                api().send("GET", "/api/events?topics=posts", caller.token(), null, Map.of("Last-Event-ID", "12ab")),
                "Last-Event-ID");
        assertInvalid(api().get("/api/events?topics=" + "posts,".repeat(500) + "posts", caller.token()), "topics");
    }

    @Test
    void a_caller_holds_at_most_three_streams() {
        Session caller = newUser("limit");
        List<SseStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(subscribe(caller, "posts"));
            }
            assertProblem(api().get("/api/events?topics=posts", caller.token()), 429, "subscription_limit_reached");
            try (SseStream other = subscribe(newUser("other"), "posts")) {
                assertThat(other.status()).as("the limit is per caller").isEqualTo(200);
            }

            open.remove(0).close();
            long deadline = System.nanoTime() + WAIT.toNanos();
            SseStream again = SseStream.open(baseUrl(), "/api/events?topics=posts", caller.token(), Map.of());
            while (again.status() == 429 && System.nanoTime() < deadline) {
                // the server notices the closed stream a moment later
                again.close();
                again = SseStream.open(baseUrl(), "/api/events?topics=posts", caller.token(), Map.of());
            }
            open.add(again);
            assertThat(again.status()).as("a closed stream frees its place").isEqualTo(200);
        } finally {
            open.forEach(SseStream::close);
        }
    }

    @Test
    void an_idle_stream_gets_heartbeats() {
        try (SseStream stream = subscribe(newUser("idle"), "posts")) {
            SseStream.Message heartbeat = stream.await(m -> m.name().equals("heartbeat"), WAIT);
            assertThat(json(heartbeat.data()).get("at").getStringValue()).isNotBlank();
            assertThat(heartbeat.id())
                    .as("a heartbeat moves no resume position")
                    .isEmpty();
        }
    }

    /**
     * A subscriber that stops reading is cut off by the service, while another subscriber of the same
     * topic gets everything and the writers keep their pace: order checkouts are timed before the slow
     * reader connects and while it fills its buffers and queue.
     */
    @Test
    void a_subscriber_that_stops_reading_is_cut_off_without_slowing_the_others_or_the_writers() throws Exception {
        Session customer = newUser("buyer");
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            products.add(product(100_000));
        }
        try (SseStream fast = subscribe(newUser("fast"), "products")) {
            List<Long> baseline = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                baseline.add(timedOrder(customer, products));
            }
            int streamsBefore = openStreamsOnTheServer();
            List<Long> during = new ArrayList<>();
            int orders = 10;
            try (Socket slow = stalledSubscriber(newUser("slow"), "products")) {
                awaitOpenStreams(streamsBefore + 1);
                while (openStreamsOnTheServer() > streamsBefore && orders < 400) {
                    during.add(timedOrder(customer, products));
                    orders++;
                }
                assertThat(openStreamsOnTheServer())
                        .as("the slow subscriber was cut off after %d orders", orders)
                        .isEqualTo(streamsBefore);
                for (int i = 0; i < 10; i++) {
                    during.add(timedOrder(customer, products));
                    orders++;
                }

                int expected = orders * 50;
                int received = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (received < expected && System.nanoTime() < deadline) {
                    received += fast.eventsWithin(Duration.ofMillis(200)).size();
                }
                assertThat(fast.ended())
                        .as("the fast subscriber is still connected")
                        .isFalse();
                assertThat(received)
                        .as("the fast subscriber got every stock change")
                        .isEqualTo(expected);
                assertThat(median(during))
                        .as("checkout time (ms) while the slow subscriber lagged, against %s before", median(baseline))
                        .isLessThanOrEqualTo(3 * median(baseline) + 100);
                assertThat(readEverything(slow))
                        .as("the slow subscriber learns why once it reads again")
                        .contains("event: closing")
                        .contains("\"code\":\"slow_consumer\"");
            }
        }
    }

    private long timedOrder(Session customer, List<String> products) {
        long start = System.nanoTime();
        ApiResponse placed = order(customer, products);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private void awaitOpenStreams(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (openStreamsOnTheServer() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(openStreamsOnTheServer()).isGreaterThanOrEqualTo(count);
    }

    /** A raw HTTP/1.1 subscriber with a tiny receive window that reads the response headers and then nothing. */
    private Socket stalledSubscriber(Session caller, String topics) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(baseUrl().getHost(), baseUrl().getPort()), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/events?topics=" + topics + " HTTP/1.1\r\nHost: "
                        + baseUrl().getHost() + "\r\n" + "Accept: text/event-stream\r\nAuthorization: Bearer "
                        + caller.token() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        byte[] head = new byte[1024];
        int read = in.read(head);
        assertThat(new String(head, 0, Math.max(read, 0), StandardCharsets.US_ASCII))
                .startsWith("HTTP/1.1 200");
        return socket;
    }

    private static String readEverything(Socket socket) throws IOException {
        socket.setSoTimeout(3000);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        InputStream in = socket.getInputStream();
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException drained) {
            // everything the server had sent was read
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    // ---- WebSocket

    @Test
    void over_websocket_a_first_message_authenticates_and_topics_come_and_go() {
        Session owner = newUser("socket");
        String account = account(owner);
        try (SocketClient socket = SocketClient.connect(baseUrl(), Map.of());
                SseStream sse = subscribe(owner, "accounts/" + account)) {
            socket.send("{\"type\":\"auth\",\"token\":\"" + owner.token() + "\"}");
            assertThat(socket.awaitType("authenticated", WAIT)).contains(owner.id());
            socket.send("{\"type\":\"subscribe\",\"topics\":[\"accounts/" + account + "\"]}");
            assertThat(socket.awaitType("subscribed", WAIT)).contains("accounts/" + account);

            deposit(owner, account, "7.00");
            JsonNode frame = json(socket.awaitType("event", WAIT));
            String overSse = sse.awaitEvent(WAIT).data();
            assertThat(json(overSse).get("id").getLongValue())
                    .isEqualTo(frame.get("event").get("id").getLongValue());
            assertThat(api().write(frame.get("event")))
                    .as("the same event on both transports")
                    .isEqualTo(api().write(json(overSse)));

            socket.send("{\"type\":\"unsubscribe\",\"topics\":[\"accounts/" + account + "\"]}");
            assertThat(socket.awaitType("unsubscribed", WAIT)).contains("\"topics\":[]");
            deposit(owner, account, "1.00");
            assertThat(socket.framesWithin(Duration.ofMillis(700))).noneMatch(f -> f.startsWith("{\"type\":\"event\""));
        }
    }

    @Test
    void over_websocket_the_token_may_come_in_the_handshake_and_resume_works() {
        Session owner = newUser("header");
        String account = account(owner);
        deposit(owner, account, "1.00");
        deposit(owner, account, "2.00");
        String firstId;
        try (SseStream sse = SseStream.open(
                baseUrl(), "/api/events?topics=accounts/" + account + "&lastEventId=0", owner.token(), Map.of())) {
            firstId = sse.awaitEvent(WAIT).id().orElseThrow();
        }
        try (SocketClient socket =
                SocketClient.connect(baseUrl(), Map.of("Authorization", "Bearer " + owner.token()))) {
            socket.awaitType("authenticated", WAIT);
            socket.send("{\"type\":\"subscribe\",\"topics\":[\"accounts/" + account + "\"],\"lastEventId\":\"" + firstId
                    + "\"}");
            JsonNode missed = json(socket.awaitType("event", WAIT)).get("event");
            assertThat(missed.get("data").get("balance").getStringValue()).isEqualTo("3.00");
        }
    }

    @Test
    void over_websocket_bad_messages_are_problems_and_the_connection_stays() {
        Session caller = newUser("badmsg");
        try (SocketClient socket =
                SocketClient.connect(baseUrl(), Map.of("Authorization", "Bearer " + caller.token()))) {
            socket.awaitType("authenticated", WAIT);

            socket.send("not json");
            assertThat(json(socket.awaitType("error", WAIT))
                            .get("problem")
                            .get("code")
                            .getStringValue())
                    .isEqualTo("malformed_json");
            socket.send("{\"type\":\"shout\"}");
            assertThat(socket.awaitType("error", WAIT))
                    .contains("validation_failed")
                    .contains("\"field\":\"type\"");
            socket.send("{\"type\":\"subscribe\",\"topics\":[\"users\"],\"extra\":1}");
            String invalid = socket.awaitType("error", WAIT);
            assertThat(invalid).contains("\"field\":\"extra\"");
            socket.send("{\"type\":\"subscribe\",\"topics\":[\"posts\"],\"lastEventId\":\"x\"}");
            assertThat(socket.awaitType("error", WAIT)).contains("\"field\":\"lastEventId\"");

            socket.send("{\"type\":\"subscribe\",\"topics\":[\"posts\"]}");
            assertThat(socket.awaitType("subscribed", WAIT)).contains("\"posts\"");
            socket.send("{\"type\":\"subscribe\",\"topics\":[\"orders\"],\"lastEventId\":\"1\"}");
            assertThat(socket.awaitType("error", WAIT)).contains("\"field\":\"lastEventId\"");
        }
    }

    @Test
    void over_websocket_a_client_without_a_valid_token_is_refused_and_closed() {
        try (SocketClient socket = SocketClient.connect(baseUrl(), Map.of())) {
            socket.send("{\"type\":\"subscribe\",\"topics\":[\"posts\"]}");
            assertThat(socket.awaitType("error", WAIT)).contains("\"code\":\"unauthenticated\"");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
        try (SocketClient socket = SocketClient.connect(baseUrl(), Map.of())) {
            socket.send("{\"type\":\"auth\",\"token\":\"not-a-token\"}");
            assertThat(socket.awaitType("error", WAIT)).contains("\"code\":\"unauthenticated\"");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
        try (SocketClient socket = SocketClient.connect(baseUrl(), Map.of("Authorization", "Bearer not-a-token"))) {
            assertThat(socket.awaitType("error", WAIT)).contains("\"code\":\"unauthenticated\"");
            assertThat(socket.awaitClose(WAIT)).isEqualTo(1008);
        }
    }
}
