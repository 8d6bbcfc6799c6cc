package dev.portside.bootstrap.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiClient;
import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import dev.portside.adapters.http.scenarios.SseStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A little of everything the metrics are about, through the real HTTP API: users, accounts, deposits,
 * a transfer and its idempotent replay, a refused transfer, a product read twice (a cache miss and,
 * on {@code redis}, a hit).
 */
final class Traffic extends ApiScenarios {

    static final Credentials ADMIN = new Credentials("obs-admin", "obs-admin-password-1");
    static final String JWT_SECRET = "observability-tests-secret-at-least-32-bytes";

    /** The settings a test context needs for {@link #ADMIN} and the known secret. */
    static Map<String, String> adminProperties() {
        return Map.of(
                "app.bootstrap-admin.username",
                ADMIN.login(),
                "app.bootstrap-admin.email",
                "obs-admin@portside.test",
                "app.bootstrap-admin.password",
                ADMIN.password(),
                "portside.security.jwt-secret",
                JWT_SECRET,
                "portside.management.allowed-addresses",
                "127.0.0.1,::1");
    }

    private final URI baseUrl;

    Traffic(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    protected URI baseUrl() {
        return baseUrl;
    }

    @Override
    protected Credentials adminCredentials() {
        return ADMIN;
    }

    record Accounts(Session owner, String from, String to) {}

    Accounts twoFundedAccounts() {
        Session owner = newUser("obs");
        String from = account(owner);
        String to = account(owner);
        ApiResponse deposited = api().post(
                        "/api/accounts/" + from + "/deposits", owner.token(), Map.of("amount", money("100.00", "EUR")));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        return new Accounts(owner, from, to);
    }

    ApiResponse transfer(Accounts accounts, String amount, String key) {
        return api().post(
                        "/api/transfers",
                        accounts.owner().token(),
                        body(
                                "fromAccountId",
                                accounts.from(),
                                "toAccountId",
                                accounts.to(),
                                "amount",
                                money(amount, "EUR"),
                                "reference",
                                "rent"),
                        Map.of("Idempotency-Key", key));
    }

    /** Every kind of request the metrics are about. */
    void everything() {
        Accounts accounts = twoFundedAccounts();
        String key = UUID.randomUUID().toString();
        assertThat(transfer(accounts, "10.00", key).status()).isEqualTo(201);
        ApiResponse replay = transfer(accounts, "10.00", key);
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
        assertThat(transfer(accounts, "1000.00", UUID.randomUUID().toString()).status())
                .isEqualTo(422);
        String product = api().post(
                        "/api/products",
                        admin().token(),
                        body(
                                "sku",
                                unique("SKU"),
                                "name",
                                "Kettle",
                                "category",
                                "kitchen",
                                "price",
                                money("25.00", "EUR"),
                                "stock",
                                5))
                .text("id");
        assertThat(api().get("/api/products/" + product, null).status()).isEqualTo(200);
        assertThat(api().get("/api/products/" + product, null).status()).isEqualTo(200);
    }

    /**
     * A subscriber of an account's events receives two deposits, {@code betweenThem} running once the
     * first has arrived: the event hub reads the outbox ({@code OutboxFeed}) on the way.
     */
    void liveEvents(Runnable betweenThem) {
        Accounts accounts = twoFundedAccounts();
        Duration wait = Duration.ofSeconds(10);
        try (SseStream stream = SseStream.open(
                baseUrl,
                "/api/events?topics=accounts/" + accounts.from(),
                accounts.owner().token(),
                Map.of())) {
            assertThat(stream.status()).isEqualTo(200);
            stream.await(message -> message.name().equals("subscribed"), wait);
            deposit(accounts, "1.00");
            assertThat(amountOf(stream.awaitEvent(wait))).isEqualTo("1.00");
            betweenThem.run();
            deposit(accounts, "2.00");
            assertThat(amountOf(stream.awaitEvent(wait))).isEqualTo("2.00");
        }
    }

    private static String amountOf(SseStream.Message event) {
        Matcher amount = Pattern.compile("\"amount\"\\s*:\\s*\"([^\"]*)\"").matcher(event.data());
        assertThat(amount.find()).as(event.data()).isTrue();
        return amount.group(1);
    }

    private void deposit(Accounts accounts, String amount) {
        ApiResponse deposited = api().post(
                        "/api/accounts/" + accounts.from() + "/deposits",
                        accounts.owner().token(),
                        Map.of("amount", money(amount, "EUR")));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
    }

    ApiClient client() {
        return api();
    }

    ApiResponse get(String path) {
        return api().get(path, null);
    }

    private String account(Session owner) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }
}
