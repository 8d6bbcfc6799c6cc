package dev.portside.adapters.mongo.idempotency;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoDeleteQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.mongodb.annotation.MongoUpdateOptions;
import io.micronaut.data.mongodb.annotation.MongoUpdateQuery;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@MongoRepository
@MongoAdapter
interface IdempotencyRecordDocuments
        extends GenericRepository<IdempotencyRecordDocument, IdempotencyRecordDocument.Key> {

    Optional<IdempotencyRecordDocument> findById(IdempotencyRecordDocument.Key id);

    /**
     * Claims the key: inserts the record, or takes over one that is dead (completed and expired, or
     * claimed longer ago than the in-flight lease and never completed). A live record makes the upsert
     * insert a second {@code _id}, i.e. fail with a duplicate key.
     */
    @MongoUpdateQuery(
            filter = "{_id: {scope: :scope, key: :key}, $or: ["
                    + "{response: {$exists: true}, expiresAt: {$lte: :now}},"
                    + "{response: {$exists: false}, claimedAt: {$lte: :leaseStart}}]}",
            update =
                    "{$set: {fingerprint: :fingerprint, claimedAt: :now, expiresAt: :expiresAt}, $unset: {response: ''}}")
    @MongoUpdateOptions(upsert = true)
    void claim(String scope, String key, String fingerprint, Instant now, Instant leaseStart, Instant expiresAt);

    /**
     * Stores the response of the request that holds the claim, leaving the expiry where the claim put
     * it; 0 when this unit holds no claim.
     */
    @MongoUpdateQuery(
            filter = "{_id: {scope: :scope, key: :key}, response: {$exists: false}}",
            update = "{$set: {response: :response}}")
    long complete(String scope, String key, IdempotencyRecordDocument.Response response);

    /** Gives up a claim that was never completed (the compensation of the test-only mode). */
    @MongoDeleteQuery(filter = "{_id: {scope: :scope, key: :key}, response: {$exists: false}}")
    long release(String scope, String key);
}
