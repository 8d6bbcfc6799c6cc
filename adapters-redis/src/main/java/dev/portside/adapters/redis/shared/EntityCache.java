package dev.portside.adapters.redis.shared;

import dev.portside.domain.shared.UnitOfWork;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Cache-aside for one aggregate type, used by the caching repository decorators.
 *
 * <ul>
 *   <li>Reads try Redis first. On a miss they read storage and cache the result only once the unit of
 *       work has committed, so nothing a unit read or wrote is cached if it rolls back. The fill is
 *       refused when Redis already knows a newer version, which stops a slow reader from caching what
 *       it read before a concurrent write.</li>
 *   <li>A unique key (username, sku, ...) points to the id key; the entity found there must still have
 *       that key value, otherwise the read misses. A stale pointer therefore can never return a wrong
 *       entity, it only costs a miss.</li>
 *   <li>An update first puts a write marker on the id key (so concurrent readers and this unit's own
 *       later reads go to storage, and older versions cannot be cached any more), then writes, and after
 *       commit marks the key again and deletes the unique-key pointers of the old and the new state.</li>
 * </ul>
 */
public final class EntityCache<T> {

    private final CacheStore store;
    private final CacheCodec<T> codec;
    private final UnitOfWork unitOfWork;
    private final Duration ttl;
    private final Function<T, String> idKeyOf;
    private final Function<T, List<String>> uniqueKeysOf;
    private final ToLongFunction<T> versionOf;

    public EntityCache(
            CacheStore store,
            CacheCodec<T> codec,
            UnitOfWork unitOfWork,
            Duration ttl,
            Function<T, String> idKeyOf,
            Function<T, List<String>> uniqueKeysOf,
            ToLongFunction<T> versionOf) {
        this.store = Objects.requireNonNull(store, "store");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.idKeyOf = Objects.requireNonNull(idKeyOf, "idKeyOf");
        this.uniqueKeysOf = Objects.requireNonNull(uniqueKeysOf, "uniqueKeysOf");
        this.versionOf = Objects.requireNonNull(versionOf, "versionOf");
    }

    public Optional<T> findById(String idKey, Supplier<Optional<T>> storage) {
        return answer(cached(idKey), storage);
    }

    /** {@code stillMatches} checks that the cached entity still has the unique key's value. */
    public Optional<T> findByUniqueKey(String uniqueKey, Predicate<T> stillMatches, Supplier<Optional<T>> storage) {
        return answer(store.pointer(uniqueKey).flatMap(this::cached).filter(stillMatches), storage);
    }

    public T save(T entity, UnaryOperator<T> storageSave) {
        Set<String> staleKeys = new LinkedHashSet<>(uniqueKeysOf.apply(entity));
        long version = versionOf.applyAsLong(entity);
        if (version > 0) {
            // an insert needs no marker: no version of a never-saved entity can have been cached
            store.markWrite(idKeyOf.apply(entity), version + 1, List.of())
                    .flatMap(this::decode)
                    .ifPresent(previous -> staleKeys.addAll(uniqueKeysOf.apply(previous)));
        }
        T saved = storageSave.apply(entity);
        unitOfWork.afterCommit(
                () -> store.markWrite(idKeyOf.apply(saved), versionOf.applyAsLong(saved), List.copyOf(staleKeys)));
        return saved;
    }

    public void delete(String idKey, Runnable storageDelete) {
        store.markDeleted(idKey);
        storageDelete.run();
        unitOfWork.afterCommit(() -> store.markDeleted(idKey));
    }

    private Optional<T> answer(Optional<T> cached, Supplier<Optional<T>> storage) {
        if (cached.isPresent()) {
            store.recordHit();
            return cached;
        }
        store.recordMiss();
        Optional<T> loaded = storage.get();
        loaded.ifPresent(entity -> unitOfWork.afterCommit(() -> fill(entity)));
        return loaded;
    }

    private void fill(T entity) {
        store.fill(
                idKeyOf.apply(entity),
                versionOf.applyAsLong(entity),
                codec.encode(entity),
                ttl,
                uniqueKeysOf.apply(entity));
    }

    private Optional<T> cached(String idKey) {
        return store.get(idKey).flatMap(this::decode);
    }

    private Optional<T> decode(CacheStore.Entry entry) {
        try {
            return Optional.of(codec.decode(entry.payload()));
        } catch (RuntimeException undecodable) {
            // e.g. written by a codec that changed without a schema bump: treat as a miss, never fail the read
            store.recordError();
            return Optional.empty();
        }
    }
}
