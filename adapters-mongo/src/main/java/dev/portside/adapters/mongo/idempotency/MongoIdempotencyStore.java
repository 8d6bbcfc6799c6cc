package dev.portside.adapters.mongo.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoFailures;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.idempotency.IdempotencyClaim;
import dev.portside.domain.idempotency.IdempotencyKey;
import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.idempotency.StoredResponse;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Idempotency records in {@code idempotency_records}, one per caller-scoped key ({@code _id} is the
 * scope and key). A claim is a single upsert that only takes over a dead record (expired, or in flight
 * past its lease); against a live record the insert half of the upsert meets the unique {@code _id}
 * and the record is read instead. Claims and releases run outside any unit of work, so concurrent
 * retries see them at once; completion joins the caller's unit, so the response commits with the
 * effect it describes. A TTL index removes expired records.
 */
@Singleton
@MongoAdapter
final class MongoIdempotencyStore implements IdempotencyStore {

    static final String COLLECTION = "idempotency_records";

    private final MongoStorage storage;
    private final Duration retention;
    private final Duration inFlightLease;

    MongoIdempotencyStore(MongoStorage storage,
                          @Value("${portside.idempotency.retention:24h}") Duration retention,
                          @Value("${portside.idempotency.in-flight-lease:60s}") Duration inFlightLease) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("portside.idempotency.retention must be at least 24h (API.md)");
        }
        this.storage = storage;
        this.retention = retention;
        this.inFlightLease = inFlightLease;
    }

    /** Claims and releases commit on their own: deliberately not joined to the current session. */
    private MongoCollection<Document> standalone() {
        return storage.database().getCollection(COLLECTION);
    }

    private static Document id(IdempotencyKey key) {
        return new Document("scope", key.scope()).append("key", key.value());
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        // a record released between the failed upsert and the read is simply claimed on the next pass
        for (int pass = 0; pass < 3; pass++) {
            Optional<IdempotencyClaim> claim = tryClaim(key, requestFingerprint, now);
            if (claim.isPresent()) {
                return claim.get();
            }
        }
        throw new IllegalStateException("idempotency record kept changing under claim");
    }

    private Optional<IdempotencyClaim> tryClaim(IdempotencyKey key, String fingerprint, Instant now) {
        Bson dead = or(
                and(exists("response"), lte("expiresAt", Values.date(now))),
                and(exists("response", false), lte("claimedAt", Values.date(now.minus(inFlightLease)))));
        try {
            standalone().findOneAndUpdate(and(eq("_id", id(key)), dead),
                    Updates.combine(
                            Updates.set("fingerprint", fingerprint),
                            Updates.set("claimedAt", Values.date(now)),
                            Updates.set("expiresAt", Values.date(now.plus(retention))),
                            Updates.unset("response")),
                    new FindOneAndUpdateOptions().upsert(true));
            return Optional.of(new IdempotencyClaim.Acquired());
        } catch (MongoException failure) {
            if (!MongoFailures.isDuplicateKey(failure)) {
                throw failure;
            }
        }
        Document record = standalone().find(eq("_id", id(key))).first();
        if (record == null) {
            return Optional.empty();
        }
        if (!record.getString("fingerprint").equals(fingerprint)) {
            return Optional.of(new IdempotencyClaim.Mismatch());
        }
        Document response = record.get("response", Document.class);
        if (response == null) {
            return Optional.of(new IdempotencyClaim.InProgress());
        }
        return Optional.of(new IdempotencyClaim.Completed(toResponse(response)));
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response, Instant now) {
        long matched = storage.collection(COLLECTION).update(eq("_id", id(key)), Updates.combine(
                        Updates.set("response", toDocument(response)),
                        Updates.set("expiresAt", Values.date(now.plus(retention)))),
                new UpdateOptions()).getMatchedCount();
        if (matched != 1) {
            throw new IllegalStateException("completing an idempotency key that was never claimed");
        }
    }

    @Override
    public void release(IdempotencyKey key) {
        standalone().deleteOne(and(eq("_id", id(key)), exists("response", false)));
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
