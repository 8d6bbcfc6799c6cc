package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code Idempotency-Key} on transfers (required) and orders (optional). */
public abstract class IdempotencyScenarios extends ApiScenarios {

    private record Accounts(Session owner, String from, String to) {}

    private Accounts funded(String amount) {
        Session owner = newUser("idem");
        String from = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"))
                .text("id");
        String to = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"))
                .text("id");
        assertThat(api().post(
                                "/api/accounts/" + from + "/deposits",
                                owner.token(),
                                Map.of("amount", money(amount, "EUR")))
                        .status())
                .isEqualTo(201);
        return new Accounts(owner, from, to);
    }

    private ApiResponse transfer(Accounts accounts, String amount, Map<String, String> headers) {
        return api().post(
                        "/api/transfers",
                        accounts.owner().token(),
                        body(
                                "fromAccountId",
                                accounts.from(),
                                "toAccountId",
                                accounts.to(),
                                "amount",
                                money(amount, "EUR")),
                        headers);
    }

    private String balance(Accounts accounts, String id) {
        return api().get("/api/accounts/" + id, accounts.owner().token())
                .json()
                .get("balance")
                .get("amount")
                .getStringValue();
    }

    @Test
    void a_transfer_without_a_key_is_refused() {
        Accounts accounts = funded("10.00");
        assertProblem(transfer(accounts, "1.00", Map.of()), 400, "idempotency_key_missing");
        assertInvalid(transfer(accounts, "1.00", Map.of("Idempotency-Key", "x".repeat(256))), "Idempotency-Key");
        assertThat(balance(accounts, accounts.from())).isEqualTo("10.00");
    }

    @Test
    void a_retry_replays_the_first_response_and_moves_money_once() {
        Accounts accounts = funded("10.00");
        String key = UUID.randomUUID().toString();
        ApiResponse first = transfer(accounts, "4.00", Map.of("Idempotency-Key", key));
        ApiResponse retry = transfer(accounts, "4.00", Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(balance(accounts, accounts.from())).isEqualTo("6.00");
    }

    @Test
    void the_same_key_with_another_body_is_422() {
        Accounts accounts = funded("10.00");
        String key = UUID.randomUUID().toString();
        assertThat(transfer(accounts, "4.00", Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
        assertProblem(transfer(accounts, "5.00", Map.of("Idempotency-Key", key)), 422, "idempotency_key_reused");
        assertThat(balance(accounts, accounts.from())).isEqualTo("6.00");
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        Accounts mine = funded("10.00");
        Accounts theirs = funded("10.00");
        String key = UUID.randomUUID().toString();
        assertThat(transfer(mine, "1.00", Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
        assertThat(transfer(theirs, "2.00", Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
        assertThat(balance(theirs, theirs.from())).isEqualTo("8.00");
    }

    @Test
    void a_business_refusal_is_replayed_too() {
        Accounts accounts = funded("1.00");
        String key = UUID.randomUUID().toString();
        ApiResponse refused = transfer(accounts, "5.00", Map.of("Idempotency-Key", key));
        assertProblem(refused, 422, "insufficient_funds");
        assertThat(api().post(
                                "/api/accounts/" + accounts.from() + "/deposits",
                                accounts.owner().token(),
                                Map.of("amount", money("10.00", "EUR")))
                        .status())
                .isEqualTo(201);

        ApiResponse replayed = transfer(accounts, "5.00", Map.of("Idempotency-Key", key));
        assertThat(replayed.status()).isEqualTo(422);
        assertThat(replayed.body()).isEqualTo(refused.body());
        assertThat(balance(accounts, accounts.from())).isEqualTo("11.00");
    }

    @Test
    void an_invalid_request_does_not_use_up_the_key() {
        Accounts accounts = funded("10.00");
        String key = UUID.randomUUID().toString();
        assertInvalid(transfer(accounts, "0.00", Map.of("Idempotency-Key", key)), "amount");
        assertThat(transfer(accounts, "3.00", Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
    }

    @Test
    void the_same_transfer_sent_20_times_at_once_moves_money_once_and_every_reply_is_the_first() throws Exception {
        Accounts accounts = funded("100.00");
        String key = UUID.randomUUID().toString();
        int senders = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < senders; i++) {
            calls.add(() -> {
                start.await();
                return transfer(accounts, "7.00", Map.of("Idempotency-Key", key));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        List<ApiResponse> replies = new ArrayList<>();
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (Callable<ApiResponse> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            for (Future<ApiResponse> future : futures) {
                replies.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        ApiResponse first = replies.get(0);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            assertThat(reply.body()).isEqualTo(first.body());
        });
        assertThat(replies.stream()
                        .filter(reply -> reply.header("Idempotent-Replayed").isEmpty()))
                .hasSize(1);
        assertThat(balance(accounts, accounts.from())).isEqualTo("93.00");
        assertThat(balance(accounts, accounts.to())).isEqualTo("7.00");
    }

    @Test
    void orders_accept_an_optional_key_and_replay_the_order() {
        Session admin = admin();
        String productId = api().post(
                        "/api/products",
                        admin.token(),
                        body(
                                "sku",
                                unique("IDEM"),
                                "name",
                                "Widget",
                                "category",
                                "idem",
                                "price",
                                money("3.00", "EUR"),
                                "stock",
                                10))
                .text("id");
        Session customer = newUser("idemorder");
        Map<String, Object> order = Map.of("items", List.of(Map.of("productId", productId, "quantity", 2)));
        String key = UUID.randomUUID().toString();

        ApiResponse first = api().post("/api/orders", customer.token(), order, Map.of("Idempotency-Key", key));
        ApiResponse retry = api().post("/api/orders", customer.token(), order, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api().get("/api/products/" + productId, null)
                        .json()
                        .get("stock")
                        .getIntValue())
                .isEqualTo(8);

        assertThat(api().post("/api/orders", customer.token(), order).status()).isEqualTo(201);
        assertThat(api().get("/api/products/" + productId, null)
                        .json()
                        .get("stock")
                        .getIntValue())
                .isEqualTo(6);
    }
}
