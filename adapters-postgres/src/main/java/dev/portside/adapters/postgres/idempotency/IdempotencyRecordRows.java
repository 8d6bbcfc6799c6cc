package dev.portside.adapters.postgres.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code idempotency_records} table. The claim is an insert: while the claiming transaction runs,
 * the primary key's row lock makes a concurrent claim of the same key wait (bounded by the connection's
 * {@code lock_timeout}); it returns 1 when this transaction now holds the key, 0 when a live record
 * stands in its way.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyRecordRows extends GenericRepository<IdempotencyRecordRow, IdempotencyRecordKey> {

    // a committed record without a response can only be a claim of the earlier claim-first design
    // whose request died: no live request owns it, so it is taken over
    @Query("""
            insert into idempotency_records (scope, idem_key, fingerprint, claimed_at, expires_at)
            values (:scope, :key, :fingerprint, :claimedAt, :expiresAt)
            on conflict (scope, idem_key) do update
               set fingerprint = excluded.fingerprint, claimed_at = excluded.claimed_at,
                   expires_at = excluded.expires_at, response_status = null,
                   response_headers = null, response_body = null
             where idempotency_records.expires_at <= excluded.claimed_at
                or idempotency_records.response_status is null
            """)
    int claim(String scope, String key, String fingerprint, Instant claimedAt, Instant expiresAt);

    Optional<IdempotencyRecordRow> findById(IdempotencyRecordKey id);

    // touches no indexed column, so PostgreSQL can update the claimed row in place (a HOT update: no
    // new index entries), and the expiry stays where the claim put it (ADR 3)
    @Query("""
            update idempotency_records
               set response_status = :status, response_headers = :headers, response_body = :body
             where scope = :scope and idem_key = :key and response_status is null
            """)
    int complete(String scope, String key, int status, String headers, String body);
}
