package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import dev.portside.adapters.postgres.testsupport.CommitCuttingProxy;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The short fault run inside {@code ./mvnw verify} (the long one is {@code faults/run.sh}): the real
 * service on PostgreSQL behind a proxy that lets a transfer's COMMIT reach the server and cuts the
 * connection before the answer. The transfer is durable, the service cannot know: it answers 503 with
 * Retry-After and does not run the transfer again; the client's retry with the same key replays the
 * stored 201; the money moved exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitCutE2ETest extends ApiScenarios implements OnRealServiceWithPostgres {

    private CommitCuttingProxy proxy;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnRealServiceWithPostgres.super.getProperties());
        String url = TestPostgres.database().jdbcUrl();
        proxy = CommitCuttingProxy.inFrontOf(url);
        properties.put("datasources.default.url", proxy.jdbcUrl(url));
        // a named server-side COMMIT would hide its text from the proxy
        properties.put("datasources.default.data-source-properties.prepareThreshold", "0");
        return properties;
    }

    @AfterAll
    void closeProxy() {
        proxy.close();
    }

    @Test
    void a_transfer_whose_commit_is_cut_answers_503_and_its_retry_replays_the_single_booking() {
        Session alice = newUser("cut");
        String from = openFunded(alice, "100.00");
        String to = openFunded(newUser("cut_to"), "0.01");
        String key = UUID.randomUUID().toString();
        Map<String, Object> transfer =
                body("fromAccountId", from, "toAccountId", to, "amount", money("30.00", "EUR"), "reference", key);

        proxy.cutNextCommit();
        ApiResponse cut = api().post("/api/transfers", alice.token(), transfer, Map.of("Idempotency-Key", key));
        ApiResponse retry = api().post("/api/transfers", alice.token(), transfer, Map.of("Idempotency-Key", key));

        assertProblem(cut, 503, "storage_unavailable");
        assertThat(cut.header("Retry-After")).contains("1");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(bookingsWithReference(key)).isEqualTo(1);
        ApiResponse account = api().get("/api/accounts/" + from, alice.token());
        assertThat(account.json().get("balance").get("amount").getStringValue()).isEqualTo("70.00");
    }

    private String openFunded(Session owner, String amount) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String account = opened.text("id");
        ApiResponse deposited = api().post(
                        "/api/accounts/" + account + "/deposits",
                        owner.token(),
                        Map.of("amount", money(amount, "EUR")));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        return account;
    }

    private static long bookingsWithReference(String reference) {
        return TestPostgres.database().count("select count(*) from transfers where reference = ?", reference);
    }
}
