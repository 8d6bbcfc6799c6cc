package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The bank, docs/api.md, section "Bank" (idempotent retries are in {@link IdempotencyScenarios}). */
public abstract class BankApiScenarios extends ApiScenarios {

    protected String account(Session owner, String currency) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", currency));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }

    protected void deposit(Session owner, String accountId, String amount, String currency) {
        ApiResponse deposited = api().post(
                        "/api/accounts/" + accountId + "/deposits",
                        owner.token(),
                        Map.of("amount", money(amount, currency)));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
    }

    protected ApiResponse transfer(Session owner, String from, String to, String amount, String key) {
        return api().post(
                        "/api/transfers",
                        owner.token(),
                        body(
                                "fromAccountId",
                                from,
                                "toAccountId",
                                to,
                                "amount",
                                money(amount, "EUR"),
                                "reference",
                                "rent"),
                        Map.of("Idempotency-Key", key));
    }

    @Test
    void a_transfer_with_several_invalid_fields_names_each_of_them() {
        Session alice = newUser("twice");

        ApiResponse refused =
                transfer(alice, "nope", "nor-this", "1.00", UUID.randomUUID().toString());

        assertInvalid(refused, "fromAccountId");
        assertInvalid(refused, "toAccountId");
    }

    protected String balance(Session owner, String accountId) {
        return api().get("/api/accounts/" + accountId, owner.token())
                .json()
                .get("balance")
                .get("amount")
                .getStringValue();
    }

    @Test
    void a_user_opens_accounts_that_start_open_and_empty() {
        Session owner = newUser("saver");
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).hasValue("/api/accounts/" + opened.text("id"));
        assertThat(opened.text("ownerId")).isEqualTo(owner.id());
        assertThat(opened.text("status")).isEqualTo("OPEN");
        assertThat(opened.json().get("balance").get("amount").getStringValue()).isEqualTo("0.00");
        assertThat(opened.json().get("balance").get("currency").getStringValue())
                .isEqualTo("EUR");
        String yen = account(owner, "JPY");
        assertThat(balance(owner, yen)).isEqualTo("0");

        ApiResponse mine = api().get("/api/accounts", owner.token());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().size()).isEqualTo(2);
        assertThat(api().get("/api/accounts/" + yen, owner.token()).header("ETag"))
                .isPresent();

        assertInvalid(api().post("/api/accounts", owner.token(), Map.of("currency", "EURO")), "currency");
        assertInvalid(api().post("/api/accounts", owner.token(), Map.of("currency", "ZZZ")), "currency");
    }

    @Test
    void opening_cannot_set_balance_owner_or_status() {
        Session owner = newUser("mass");
        assertInvalid(
                api().post(
                                "/api/accounts",
                                owner.token(),
                                body("currency", "EUR", "balance", money("1000000.00", "EUR"))),
                "balance");
        assertInvalid(
                api().post(
                                "/api/accounts",
                                owner.token(),
                                body(
                                        "currency",
                                        "EUR",
                                        "ownerId",
                                        UUID.randomUUID().toString())),
                "ownerId");
        assertInvalid(
                api().post("/api/accounts", owner.token(), body("currency", "EUR", "status", "FROZEN")), "status");
        assertThat(api().get("/api/accounts", owner.token()).json().size()).isZero();
    }

    @Test
    void deposits_raise_the_balance_of_ones_own_account() {
        Session owner = newUser("depositor");
        String id = account(owner, "EUR");
        ApiResponse deposited = api().post(
                        "/api/accounts/" + id + "/deposits", owner.token(), Map.of("amount", money("100.50", "EUR")));

        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        assertThat(deposited.text("accountId")).isEqualTo(id);
        assertThat(deposited.json().get("amount").get("amount").getStringValue())
                .isEqualTo("100.50");
        assertThat(deposited.json().get("balance").get("amount").getStringValue())
                .isEqualTo("100.50");

        assertProblem(
                api().post("/api/accounts/" + id + "/deposits", owner.token(), Map.of("amount", money("1.00", "USD"))),
                422,
                "currency_mismatch");
        assertInvalid(
                api().post("/api/accounts/" + id + "/deposits", owner.token(), Map.of("amount", money("-1.00", "EUR"))),
                "amount");
        assertInvalid(
                api().post(
                                "/api/accounts/" + id + "/deposits",
                                owner.token(),
                                Map.of("amount", money("1000000000.01", "EUR"))),
                "amount");
        assertInvalid(
                api().post(
                                "/api/accounts/" + id + "/deposits",
                                owner.token(),
                                Map.of("amount", Map.of("amount", 5, "currency", "EUR"))),
                "amount");
        assertProblem(
                api().post(
                                "/api/accounts/" + id + "/deposits",
                                newUser("stranger").token(),
                                Map.of("amount", money("1.00", "EUR"))),
                404,
                "account_not_found");
        assertThat(balance(owner, id)).isEqualTo("100.50");
    }

    @Test
    void a_transfer_moves_money_atomically_and_shows_in_both_statements() {
        Session alice = newUser("alice");
        Session bob = newUser("bob");
        String from = account(alice, "EUR");
        String to = account(bob, "EUR");
        deposit(alice, from, "50.00", "EUR");

        ApiResponse moved = transfer(alice, from, to, "20.25", UUID.randomUUID().toString());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(201);
        assertThat(moved.text("fromAccountId")).isEqualTo(from);
        assertThat(moved.text("toAccountId")).isEqualTo(to);
        assertThat(moved.json().get("amount").get("amount").getStringValue()).isEqualTo("20.25");
        assertThat(moved.text("reference")).isEqualTo("rent");
        assertThat(balance(alice, from)).isEqualTo("29.75");
        assertThat(balance(bob, to)).isEqualTo("20.25");

        ApiResponse statement = api().get("/api/accounts/" + to + "/transfers", bob.token());
        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        assertThat(statement.json().get("items").get(0).get("id").getStringValue())
                .isEqualTo(moved.text("id"));
        assertThat(statement.json().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void transfer_refusals_change_no_balance() {
        Session alice = newUser("refuse");
        String from = account(alice, "EUR");
        String other = account(alice, "EUR");
        String dollars = account(alice, "USD");
        deposit(alice, from, "10.00", "EUR");

        assertProblem(transfer(alice, from, other, "10.01", UUID.randomUUID().toString()), 422, "insufficient_funds");
        assertProblem(transfer(alice, from, from, "1.00", UUID.randomUUID().toString()), 422, "same_account");
        assertProblem(transfer(alice, from, dollars, "1.00", UUID.randomUUID().toString()), 422, "currency_mismatch");
        assertProblem(
                transfer(
                        alice,
                        from,
                        UUID.randomUUID().toString(),
                        "1.00",
                        UUID.randomUUID().toString()),
                404,
                "account_not_found");
        assertInvalid(transfer(alice, from, other, "0.00", UUID.randomUUID().toString()), "amount");
        assertInvalid(transfer(alice, from, other, "1.001", UUID.randomUUID().toString()), "amount.amount");
        assertInvalid(transfer(alice, "nope", other, "1.00", UUID.randomUUID().toString()), "fromAccountId");
        assertThat(balance(alice, from)).isEqualTo("10.00");
        assertThat(balance(alice, other)).isEqualTo("0.00");
    }

    @Test
    void bola_another_user_gets_404_on_accounts_statements_and_transfers_out() {
        Session owner = newUser("bolaowner");
        Session thief = newUser("thief");
        String victim = account(owner, "EUR");
        String loot = account(thief, "EUR");
        deposit(owner, victim, "500.00", "EUR");

        assertProblem(api().get("/api/accounts/" + victim, thief.token()), 404, "account_not_found");
        assertProblem(api().get("/api/accounts/" + victim + "/transfers", thief.token()), 404, "account_not_found");
        assertProblem(transfer(thief, victim, loot, "500.00", UUID.randomUUID().toString()), 404, "account_not_found");
        assertThat(api().get("/api/accounts", thief.token()).json().size()).isEqualTo(1);
        assertThat(balance(owner, victim)).isEqualTo("500.00");
        assertThat(api().get("/api/accounts/" + victim, admin().token()).status())
                .isEqualTo(200);
        assertThat(api().get("/api/accounts/" + victim + "/transfers", admin().token())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void statements_page_by_cursor_newest_first() {
        Session owner = newUser("statement");
        String from = account(owner, "EUR");
        String to = account(owner, "EUR");
        deposit(owner, from, "100.00", "EUR");
        List<String> made = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            made.add(transfer(owner, from, to, i + ".00", UUID.randomUUID().toString())
                    .text("id"));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int slices = 0;
        do {
            ApiResponse slice = api().get(
                            "/api/accounts/" + from + "/transfers?limit=2"
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            owner.token());
            assertThat(slice.status()).as(slice.toString()).isEqualTo(200);
            JsonNode items = slice.json().get("items");
            for (int i = 0; i < items.size(); i++) {
                seen.add(items.get(i).get("id").getStringValue());
            }
            cursor = slice.text("nextCursor");
            slices++;
        } while (cursor != null && slices < 10);

        java.util.Collections.reverse(made);
        assertThat(seen).containsExactlyElementsOf(made);
        assertInvalid(api().get("/api/accounts/" + from + "/transfers?cursor=garbage", owner.token()), "cursor");
        assertInvalid(api().get("/api/accounts/" + from + "/transfers?limit=101", owner.token()), "limit");
        assertProblem(
                api().get("/api/accounts/" + UUID.randomUUID() + "/transfers", owner.token()),
                404,
                "account_not_found");
    }

    @Test
    void concurrent_transfers_never_overdraw_and_conserve_money() throws Exception {
        Session alice = newUser("conc_a");
        Session bob = newUser("conc_b");
        String a = account(alice, "EUR");
        String b = account(bob, "EUR");
        deposit(alice, a, "100.00", "EUR");
        deposit(bob, b, "100.00", "EUR");

        List<java.util.concurrent.Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            boolean fromAlice = i % 2 == 0;
            calls.add(() -> (fromAlice
                            ? transfer(alice, a, b, "15.00", UUID.randomUUID().toString())
                            : transfer(bob, b, a, "15.00", UUID.randomUUID().toString()))
                    .status());
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        Set<Integer> statuses = new HashSet<>();
        try {
            for (var future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).isSubsetOf(201, 422);
        java.math.BigDecimal total =
                new java.math.BigDecimal(balance(alice, a)).add(new java.math.BigDecimal(balance(bob, b)));
        assertThat(total).isEqualByComparingTo("200.00");
        assertThat(new java.math.BigDecimal(balance(alice, a))).isNotNegative();
        assertThat(new java.math.BigDecimal(balance(bob, b))).isNotNegative();
    }
}
