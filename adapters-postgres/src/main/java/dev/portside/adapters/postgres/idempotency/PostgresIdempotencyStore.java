package dev.portside.adapters.postgres.idempotency;

import dev.portside.adapters.postgres.shared.Jdbc;
import dev.portside.adapters.postgres.shared.SqlStates;
import dev.portside.domain.idempotency.IdempotencyClaim;
import dev.portside.domain.idempotency.IdempotencyKey;
import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.idempotency.StoredResponse;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * Idempotency records in PostgreSQL, claimed and completed inside the request's own transaction
 * (ADR 3). The claim is an insert: while the claiming transaction runs, the primary key's row lock
 * makes a concurrent claim of the same key wait, and when that transaction commits the waiter finds
 * the completed record and replays it; when it rolls back (the request failed, its connection or its
 * process died) the waiter inserts and runs the request itself. The wait is bounded by the
 * connection's {@code lock_timeout}; past it the claim reports the key in progress.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresIdempotencyStore implements IdempotencyStore {

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    // a committed record without a response can only be a claim of the earlier claim-first design
    // whose request died: no live request owns it, so it is taken over
    private static final String CLAIM = """
            insert into idempotency_records (scope, idem_key, fingerprint, claimed_at, expires_at)
            values (?, ?, ?, ?, ?)
            on conflict (scope, idem_key) do update
               set fingerprint = excluded.fingerprint, claimed_at = excluded.claimed_at,
                   expires_at = excluded.expires_at, response_status = null,
                   response_headers = null, response_body = null
             where idempotency_records.expires_at <= excluded.claimed_at
                or idempotency_records.response_status is null
            returning scope
            """;
    private static final String FIND = """
            select fingerprint, response_status, response_headers, response_body
              from idempotency_records where scope = ? and idem_key = ?
            """;
    private static final String COMPLETE = """
            update idempotency_records
               set response_status = ?, response_headers = ?, response_body = ?, expires_at = ?
             where scope = ? and idem_key = ? and response_status is null
            """;

    private final TransactionOperations<Connection> transactions;
    private final Duration retention;

    PostgresIdempotencyStore(TransactionOperations<Connection> transactions,
                             @Value("${portside.idempotency.retention:24h}") Duration retention) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("portside.idempotency.retention must be at least 24h (API.md)");
        }
        this.transactions = transactions;
        this.retention = retention;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        Connection connection = transactions.getConnection();
        boolean acquired;
        try {
            acquired = !Jdbc.query(connection, CLAIM, claim -> {
                claim.setString(1, key.scope());
                claim.setString(2, key.value());
                claim.setString(3, requestFingerprint);
                claim.setTimestamp(4, Timestamp.from(now));
                claim.setTimestamp(5, Timestamp.from(now.plus(retention)));
            }, row -> row.getString(1)).isEmpty();
        } catch (DataAccessException failure) {
            if (SqlStates.sqlState(failure).filter(LOCK_NOT_AVAILABLE::equals).isPresent()) {
                // the holder's unit still runs; this transaction is aborted and must end, which the
                // caller's refusal does
                return new IdempotencyClaim.InProgress();
            }
            throw failure;
        }
        if (acquired) {
            return new IdempotencyClaim.Acquired();
        }
        // the conflicting record is committed (a waiting insert only returns once its holder ended),
        // live, and this statement's fresh snapshot sees it
        List<IdempotencyClaim> found = Jdbc.query(connection, FIND, find -> {
            find.setString(1, key.scope());
            find.setString(2, key.value());
        }, row -> {
            if (!row.getString("fingerprint").equals(requestFingerprint)) {
                return new IdempotencyClaim.Mismatch();
            }
            int status = row.getInt("response_status");
            if (row.wasNull()) {
                return new IdempotencyClaim.InProgress();
            }
            return new IdempotencyClaim.Completed(new StoredResponse(status,
                    HeaderCodec.decode(row.getString("response_headers")), row.getString("response_body")));
        });
        if (found.isEmpty()) {
            throw new IllegalStateException("idempotency record vanished while its key was being claimed");
        }
        return found.get(0);
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response, Instant now) {
        int updated = Jdbc.update(transactions.getConnection(), COMPLETE, complete -> {
            complete.setInt(1, response.status());
            complete.setString(2, HeaderCodec.encode(response.headers()));
            complete.setString(3, response.body());
            complete.setTimestamp(4, Timestamp.from(now.plus(retention)));
            complete.setString(5, key.scope());
            complete.setString(6, key.value());
        });
        if (updated != 1) {
            throw new IllegalStateException("completing an idempotency key this unit did not claim");
        }
    }
}
