package dev.portside.testkit.shared;

import dev.portside.domain.idempotency.IdempotencyClaim;
import dev.portside.domain.idempotency.IdempotencyKey;
import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.idempotency.StoredResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The in-memory idempotency store; claims are exclusive through the database lock. */
public final class InMemoryIdempotencyStore implements IdempotencyStore {

    private record Entry(String fingerprint, Instant claimedAt, Optional<StoredResponse> response, Instant expiresAt) {
    }

    private final InMemoryDatabase database;
    private final InMemoryStore<IdempotencyKey, Entry> entries;
    private final Duration retention;
    private final Duration inFlightLease;

    public InMemoryIdempotencyStore(InMemoryDatabase database, Duration retention, Duration inFlightLease) {
        this.database = Objects.requireNonNull(database, "database");
        this.entries = new InMemoryStore<>(database);
        this.retention = retention;
        this.inFlightLease = inFlightLease;
    }

    @Override
    public IdempotencyClaim claim(IdempotencyKey key, String requestFingerprint, Instant now) {
        return database.atomically(() -> {
            Optional<Entry> existing = entries.get(key).filter(entry -> isLive(entry, now));
            if (existing.isEmpty()) {
                entries.put(key, new Entry(requestFingerprint, now, Optional.empty(), now.plus(retention)));
                return new IdempotencyClaim.Acquired();
            }
            Entry entry = existing.get();
            if (!entry.fingerprint().equals(requestFingerprint)) {
                return new IdempotencyClaim.Mismatch();
            }
            return entry.response()
                    .<IdempotencyClaim>map(IdempotencyClaim.Completed::new)
                    .orElseGet(IdempotencyClaim.InProgress::new);
        });
    }

    private boolean isLive(Entry entry, Instant now) {
        if (entry.response().isPresent()) {
            return now.isBefore(entry.expiresAt());
        }
        return now.isBefore(entry.claimedAt().plus(inFlightLease));
    }

    @Override
    public void complete(IdempotencyKey key, StoredResponse response, Instant now) {
        Entry entry = entries.get(key)
                .orElseThrow(() -> new IllegalStateException("completing a key that was never claimed"));
        entries.put(key, new Entry(entry.fingerprint(), entry.claimedAt(), Optional.of(response), now.plus(retention)));
    }

    @Override
    public void release(IdempotencyKey key) {
        database.atomically(() -> {
            entries.get(key).filter(entry -> entry.response().isEmpty()).ifPresent(entry -> entries.remove(key));
            return null;
        });
    }
}
