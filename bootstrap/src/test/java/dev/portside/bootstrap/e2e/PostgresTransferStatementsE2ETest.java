package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What one {@code POST /api/transfers} with an Idempotency-Key sends to PostgreSQL, counted at JDBC
 * level over the real service (issue 14: the fewest round trips the invariants allow). The budget is
 * what the invariants need: the key's claim, both rows locked in one statement, both balances in one, the
 * ledger entry, the stored response, and (issue 16) both accounts' events in one outbox insert, whose
 * trigger takes the commit-order lock and notifies in the server; a new statement on this path must
 * argue with this test.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresTransferStatementsE2ETest extends ApiScenarios implements OnRealServiceWithPostgres {

    static final int STATEMENTS_PER_TRANSFER = 6;

    @Inject
    EmbeddedServer server;

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnRealServiceWithPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

    @Override
    protected URI baseUrl() {
        return server.getURI();
    }

    @Override
    protected Credentials adminCredentials() {
        return ADMIN;
    }

    @Test
    void an_idempotent_transfer_sends_only_the_statements_its_invariants_need() {
        Session owner = newUser("roundtrips");
        String from = account(owner);
        String to = account(owner);
        ApiResponse deposited = api().post(
                        "/api/accounts/" + from + "/deposits", owner.token(), Map.of("amount", money("100.00", "EUR")));
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        // the account check of this user is cached by now: what follows is the transfer alone
        recorder.clear();

        ApiResponse transferred = api().post(
                        "/api/transfers",
                        owner.token(),
                        body("fromAccountId", from, "toAccountId", to, "amount", money("1.00", "EUR")),
                        Map.of("Idempotency-Key", unique("roundtrips")));

        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(201);
        List<StatementRecorder.Executed> statements = recorder.executed();
        assertThat(statements)
                .filteredOn(statement -> statement.sql().contains("outbox_events"))
                .as("the transfer's two events, one insert")
                .hasSize(1);
        assertThat(statements)
                .as(
                        "statements of one transfer:%n%s",
                        String.join(
                                "\n",
                                statements.stream()
                                        .map(StatementRecorder.Executed::sql)
                                        .toList()))
                .hasSize(STATEMENTS_PER_TRANSFER);
    }

    private String account(Session owner) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }
}
