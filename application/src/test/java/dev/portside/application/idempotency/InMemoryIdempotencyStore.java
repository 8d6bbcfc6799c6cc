package dev.portside.application.idempotency;

import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-memory idempotency store. Units of work are serialised by the database lock, so a concurrent
 * claim of a key waits for the holding unit to end, as on PostgreSQL; a rolled-back unit's claim is
 * restored away with the rest of its writes.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(String fingerprint, Optional<StoredResponse> response, Instant expiresAt) {}

    private final InMemoryDatabase database;
    private final InMemoryStore<IdempotencyKey, Entry> entries;
    private final Duration retention;

    public InMemoryIdempotencyStore(InMemoryDatabase database, Duration retention) {
        this.database = Objects.requireNonNull(database, "database");
        this.entries = new InMemoryStore<>(database);
        this.retention = retention;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        return database.atomically(() -> {
            Optional<Entry> existing = entries.get(key).filter(entry -> isLive(entry, now));
            if (existing.isEmpty()) {
                entries.put(key, new Entry(requestFingerprint, Optional.empty(), now.plus(retention)));
                return new IdempotencyClaim.Acquired();
            }
            Entry entry = existing.get();
            if (!entry.fingerprint().equals(requestFingerprint)) {
                return new IdempotencyClaim.Mismatch();
            }
            return new IdempotencyClaim.Completed(entry.response().orElseThrow());
        });
    }

    // an entry without a response belongs to the running unit, which holds the lock; any other one
    // was left by a unit that ended without completing it
    private static boolean isLive(Entry entry, Instant now) {
        return entry.response().isPresent() && now.isBefore(entry.expiresAt());
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response) {
        database.atomically(() -> {
            Entry entry = entries.get(key)
                    .filter(claimed -> claimed.response().isEmpty())
                    .orElseThrow(() -> new IllegalStateException("completing a key this unit did not claim"));
            entries.put(key, new Entry(entry.fingerprint(), Optional.of(response), entry.expiresAt()));
            return null;
        });
    }
}
