package dev.portside.adapters.postgres.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyKey;
import dev.portside.application.idempotency.IdempotencyStoreContract;
import dev.portside.application.idempotency.StoredResponse;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The idempotency contract on PostgreSQL, with the adapter's default retention. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIdempotencyStoreTest extends IdempotencyStoreContract implements OnTestPostgres {

    @Inject
    ConnectionOperations<Connection> connections;

    @Override
    protected Duration retention() {
        return Duration.ofHours(24);
    }

    @Test
    void completing_a_claim_updates_its_row_in_place() {
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID().toString(), "key-" + UUID.randomUUID());

        long[] updates = unitOfWork().execute(() -> {
            long[] before = updatesOfThisBackend();
            assertThat(store().claim(key, "fp", Instant.parse("2026-03-01T10:00:00Z")))
                    .isInstanceOf(IdempotencyClaim.Acquired.class);
            store().complete(key, new StoredResponse(201, Map.of("Location", "/api/transfers/1"), "{\"id\":1}"));
            long[] after = updatesOfThisBackend();
            return new long[] {after[0] - before[0], after[1] - before[1]};
        });

        assertThat(updates).as("updates, of which HOT (no new index entries)").containsExactly(1, 1);
    }

    /**
     * The updates of the records this connection made and has not yet reported to the statistics (the
     * current transaction's, and on PostgreSQL 15 also earlier ones not yet flushed), and how many of
     * them were HOT. Nothing is flushed while a transaction runs, so a difference within one
     * transaction is that transaction's own.
     */
    private long[] updatesOfThisBackend() {
        Connection connection = connections.getConnectionStatus().getConnection();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select pg_stat_get_xact_tuples_updated('idempotency_records'::regclass),"
                                + " pg_stat_get_xact_tuples_hot_updated('idempotency_records'::regclass)")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        } catch (SQLException e) {
            throw new DataAccessException("reading the transaction's statistics", e);
        }
    }
}
