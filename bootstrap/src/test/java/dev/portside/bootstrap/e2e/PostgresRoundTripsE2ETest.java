package dev.portside.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What one request sends to PostgreSQL, counted at JDBC level over the real service (issue 14: the
 * fewest round trips the invariants allow). A use case that only reads runs without a transaction
 * (ADR 23): its statements are the whole conversation, no COMMIT follows them.
 *
 * <p>One {@code POST /api/transfers} with an Idempotency-Key sends what its invariants need: the key's claim, both rows locked in one statement, both balances in one, the
 * ledger entry, the stored response, and (issue 16) both accounts' events in one outbox insert; a new
 * statement on this path must argue with this test. Counted are the statements of the thread that ran
 * the transfer: the events' numbering runs after the commit, on a thread of its own, once for however
 * many commits asked for it meanwhile (V7__outbox_numbered_after_commit.sql), and the event hub reads on
 * its own thread.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRoundTripsE2ETest extends ApiScenarios implements OnRealServiceWithPostgres {

    static final int STATEMENTS_PER_TRANSFER = 6;

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnRealServiceWithPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
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
        List<StatementRecorder.Executed> recorded = recorder.executed();
        List<StatementRecorder.Executed> inserts = recorded.stream()
                .filter(statement -> statement.sql().contains("insert into outbox_events"))
                .toList();
        assertThat(inserts).as("the transfer's two events, one insert").hasSize(1);
        String transferThread = inserts.get(0).thread();
        List<StatementRecorder.Executed> statements = recorded.stream()
                .filter(statement -> statement.thread().equals(transferThread))
                .toList();
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

    @Test
    void reading_a_user_sends_one_statement_and_no_commit() {
        Session owner = newUser("reads");
        ApiResponse first = api().get("/api/users/" + owner.id(), owner.token());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        // the account check of this user is cached by now: what follows is the read alone
        recorder.clear();

        ApiResponse read = api().get("/api/users/" + owner.id(), owner.token());

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        List<StatementRecorder.Executed> statements = recorder.executed().stream()
                .filter(statement -> statement
                        .sql()
                        .toLowerCase(Locale.ROOT)
                        .replace("\"", "")
                        .contains("from users"))
                .toList();
        assertThat(statements)
                .as("the user's row, one select, in %s", recorder.executed())
                .hasSize(1);
        String readThread = statements.get(0).thread();
        assertThat(recorder.executed())
                .as("statements of the reading thread")
                .filteredOn(statement -> statement.thread().equals(readThread))
                .hasSize(1);
        assertThat(recorder.commitThreads())
                .as("commits of the reading thread")
                .filteredOn(readThread::equals)
                .isEmpty();
    }

    private String account(Session owner) {
        ApiResponse opened = api().post("/api/accounts", owner.token(), Map.of("currency", "EUR"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.text("id");
    }
}
