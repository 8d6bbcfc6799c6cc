package dev.portside.adapters.mongo.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.MongoException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.idempotency.IdempotencyClaim;
import dev.portside.domain.idempotency.IdempotencyKey;
import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.idempotency.StoredResponse;
import dev.portside.domain.shared.TransientStorageException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Idempotency records in {@code idempotency_records}, one per caller-scoped key ({@code _id} is the
 * scope and key), claimed and completed inside the request's own transaction (ADR 3), so the claim,
 * the effect and the response commit together. A concurrent claim of a key held by a running
 * transaction meets a write conflict, which reruns its unit with backoff until the holder has ended;
 * it then replays the stored response or, if the holder rolled back, claims the key itself. A TTL
 * index removes expired records.
 *
 * <p>Without transactions (the in-process test server) each write commits on its own: a failed unit's
 * claim is removed by compensation, a concurrent claim polls the in-flight record for up to
 * {@code portside.idempotency.in-flight-wait}, and a claim whose process died blocks the key until
 * {@code portside.idempotency.in-flight-lease} has passed.
 */
@Singleton
@MongoAdapter
final class MongoIdempotencyStore implements IdempotencyStore {

    static final String COLLECTION = "idempotency_records";

    private final MongoStorage storage;
    private final Duration retention;
    private final Duration inFlightLease;
    private final Duration inFlightWait;

    MongoIdempotencyStore(MongoStorage storage,
                          @Value("${portside.idempotency.retention:24h}") Duration retention,
                          @Value("${portside.idempotency.in-flight-lease:60s}") Duration inFlightLease,
                          @Value("${portside.idempotency.in-flight-wait:5s}") Duration inFlightWait) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("portside.idempotency.retention must be at least 24h (API.md)");
        }
        this.storage = storage;
        this.retention = retention;
        this.inFlightLease = inFlightLease;
        this.inFlightWait = inFlightWait;
    }

    private static Document id(IdempotencyKey key) {
        return new Document("scope", key.scope()).append("key", key.value());
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        long deadline = System.nanoTime() + inFlightWait.toNanos();
        while (true) {
            IdempotencyClaim claim = tryClaim(key, requestFingerprint, now);
            // inside a transaction a running holder shows as a write conflict, never as in progress
            if (!(claim instanceof IdempotencyClaim.InProgress) || System.nanoTime() > deadline) {
                return claim;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientStorageException("interrupted while waiting for an idempotency key", e);
        }
    }

    private IdempotencyClaim tryClaim(IdempotencyKey key, String requestFingerprint, Instant now) {
        BoundCollection records = storage.collection(COLLECTION);
        Bson dead = or(
                and(exists("response"), lte("expiresAt", Values.date(now))),
                and(exists("response", false), lte("claimedAt", Values.date(now.minus(inFlightLease)))));
        try {
            records.findOneAndUpdate(and(eq("_id", id(key)), dead),
                    Updates.combine(
                            Updates.set("fingerprint", requestFingerprint),
                            Updates.set("claimedAt", Values.date(now)),
                            Updates.set("expiresAt", Values.date(now.plus(retention))),
                            Updates.unset("response")),
                    new FindOneAndUpdateOptions().upsert(true));
            storage.compensateOnFailure(() -> records.deleteOne(and(eq("_id", id(key)), exists("response", false))));
            return new IdempotencyClaim.Acquired();
        } catch (MongoException failure) {
            if (!MongoFailures.isDuplicateKey(failure)) {
                throw failure;
            }
            if (storage.currentSession().isPresent()) {
                // the duplicate key aborted this transaction; the rerun reads the live record
                throw new TransientStorageException("idempotency key claimed concurrently", failure);
            }
        }
        Document record = records.findFirst(eq("_id", id(key)));
        if (record == null) {
            throw new TransientStorageException("idempotency record vanished while its key was being claimed", null);
        }
        if (!record.getString("fingerprint").equals(requestFingerprint)) {
            return new IdempotencyClaim.Mismatch();
        }
        Document response = record.get("response", Document.class);
        if (response == null) {
            return new IdempotencyClaim.InProgress();
        }
        return new IdempotencyClaim.Completed(toResponse(response));
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response, Instant now) {
        long matched = storage.collection(COLLECTION).update(and(eq("_id", id(key)), exists("response", false)),
                Updates.combine(
                        Updates.set("response", toDocument(response)),
                        Updates.set("expiresAt", Values.date(now.plus(retention)))),
                new UpdateOptions()).getMatchedCount();
        if (matched != 1) {
            throw new IllegalStateException("completing an idempotency key this unit did not claim");
        }
    }

    // headers as name/value pairs: header names may hold '.' or '$', which field names should not
    private static Document toDocument(StoredResponse response) {
        List<Document> headers = response.headers().entrySet().stream()
                .map(header -> new Document("name", header.getKey()).append("value", header.getValue()))
                .toList();
        return new Document("status", response.status()).append("headers", headers).append("body", response.body());
    }

    private static StoredResponse toResponse(Document response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Document header : response.getList("headers", Document.class)) {
            headers.put(header.getString("name"), header.getString("value"));
        }
        return new StoredResponse(response.getInteger("status"), headers, response.getString("body"));
    }
}
