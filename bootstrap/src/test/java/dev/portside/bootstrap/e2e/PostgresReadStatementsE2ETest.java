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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What one read sends to PostgreSQL, counted at JDBC level over the real service (issue 14): a use case
 * that only reads runs without a transaction (ADR 23), so its statements are the whole conversation and
 * no COMMIT round trip follows them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReadStatementsE2ETest extends ApiScenarios implements OnRealServiceWithPostgres {

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
}
