package dev.portside.testkit.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A map of immutable aggregates by id that takes part in rollback. Fakes build on it; because the
 * values are immutable, a shallow copy is a full snapshot.
 */
public final class InMemoryStore<K, V> implements InMemoryDatabase.Participant {

    private Map<K, V> rows = new LinkedHashMap<>();

    public InMemoryStore(InMemoryDatabase database) {
        database.register(this);
    }

    public synchronized Optional<V> get(K id) {
        return Optional.ofNullable(rows.get(id));
    }

    public synchronized void put(K id, V value) {
        rows.put(id, value);
    }

    public synchronized void remove(K id) {
        rows.remove(id);
    }

    public synchronized Collection<V> all() {
        return java.util.List.copyOf(rows.values());
    }

    public synchronized <R> R read(Function<Map<K, V>, R> query) {
        return query.apply(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows)));
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows = new LinkedHashMap<>((Map<K, V>) snapshot);
    }
}
