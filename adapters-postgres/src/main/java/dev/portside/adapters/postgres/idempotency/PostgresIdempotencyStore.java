package dev.portside.adapters.postgres.idempotency;

import dev.portside.domain.idempotency.IdempotencyClaim;
import dev.portside.domain.idempotency.IdempotencyKey;
import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.idempotency.StoredResponse;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Idempotency records in PostgreSQL. A claim is one upsert that only overwrites a dead record
 * (expired, or in flight past its lease), in its own transaction so concurrent retries see it at once;
 * completion joins the caller's unit of work so the response commits with the effect it describes.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresIdempotencyStore implements IdempotencyStore {

    private static final String CLAIM = """
            insert into idempotency_records (scope, idem_key, fingerprint, claimed_at, expires_at)
            values (?, ?, ?, ?, ?)
            on conflict (scope, idem_key) do update
               set fingerprint = excluded.fingerprint, claimed_at = excluded.claimed_at,
                   expires_at = excluded.expires_at, response_status = null,
                   response_headers = null, response_body = null
             where (idempotency_records.response_status is not null
                    and idempotency_records.expires_at <= excluded.claimed_at)
                or (idempotency_records.response_status is null
                    and idempotency_records.claimed_at <= ?)
            returning scope
            """;
    private static final String FIND = """
            select fingerprint, response_status, response_headers, response_body
              from idempotency_records where scope = ? and idem_key = ?
            """;
    private static final String COMPLETE = """
            update idempotency_records
               set response_status = ?, response_headers = ?, response_body = ?, expires_at = ?
             where scope = ? and idem_key = ?
            """;
    private static final String RELEASE = """
            delete from idempotency_records where scope = ? and idem_key = ? and response_status is null
            """;

    private final TransactionOperations<Connection> transactions;
    private final Duration retention;
    private final Duration inFlightLease;

    PostgresIdempotencyStore(TransactionOperations<Connection> transactions,
                             @Value("${portside.idempotency.retention:24h}") Duration retention,
                             @Value("${portside.idempotency.in-flight-lease:60s}") Duration inFlightLease) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("portside.idempotency.retention must be at least 24h (API.md)");
        }
        this.transactions = transactions;
        this.retention = retention;
        this.inFlightLease = inFlightLease;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        // a record released between the failed upsert and the read is simply claimed on the next pass
        for (int pass = 0; pass < 3; pass++) {
            Optional<IdempotencyClaim> claim = transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW),
                    status -> tryClaim(status.getConnection(), key, requestFingerprint, now));
            if (claim.isPresent()) {
                return claim.get();
            }
        }
        throw new IllegalStateException("idempotency record kept changing under claim");
    }

    private Optional<IdempotencyClaim> tryClaim(Connection connection, IdempotencyKey key, String fingerprint,
                                                Instant now) {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setString(1, key.scope());
            claim.setString(2, key.value());
            claim.setString(3, fingerprint);
            claim.setTimestamp(4, Timestamp.from(now));
            claim.setTimestamp(5, Timestamp.from(now.plus(retention)));
            claim.setTimestamp(6, Timestamp.from(now.minus(inFlightLease)));
            try (ResultSet claimed = claim.executeQuery()) {
                if (claimed.next()) {
                    return Optional.of(new IdempotencyClaim.Acquired());
                }
            }
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, key.scope());
                find.setString(2, key.value());
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    if (!row.getString("fingerprint").equals(fingerprint)) {
                        return Optional.of(new IdempotencyClaim.Mismatch());
                    }
                    int status = row.getInt("response_status");
                    if (row.wasNull()) {
                        return Optional.of(new IdempotencyClaim.InProgress());
                    }
                    return Optional.of(new IdempotencyClaim.Completed(new StoredResponse(status,
                            HeaderCodec.decode(row.getString("response_headers")), row.getString("response_body"))));
                }
            }
        } catch (SQLException e) {
            throw new DataAccessException("idempotency claim failed", e);
        }
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response, Instant now) {
        int updated = transactions.executeWrite(status -> {
            try (PreparedStatement complete = status.getConnection().prepareStatement(COMPLETE)) {
                complete.setInt(1, response.status());
                complete.setString(2, HeaderCodec.encode(response.headers()));
                complete.setString(3, response.body());
                complete.setTimestamp(4, Timestamp.from(now.plus(retention)));
                complete.setString(5, key.scope());
                complete.setString(6, key.value());
                return complete.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("idempotency completion failed", e);
            }
        });
        if (updated != 1) {
            throw new IllegalStateException("completing an idempotency key that was never claimed");
        }
    }

    @Override
    public void release(IdempotencyKey key) {
        transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            try (PreparedStatement release = status.getConnection().prepareStatement(RELEASE)) {
                release.setString(1, key.scope());
                release.setString(2, key.value());
                return release.executeUpdate();
            } catch (SQLException e) {
                throw new DataAccessException("idempotency release failed", e);
            }
        });
    }
}
