package dev.portside.adapters.mongo.shared;

import java.util.List;
import java.util.Objects;

/**
 * One released step of the index set, the MongoDB counterpart of a Flyway migration: once released it
 * never changes; a later release adds a new version that creates new indexes or drops old ones by name.
 */
public record IndexVersion(int version, String description, List<IndexSpec> create, List<DroppedIndex> drop) {

    public IndexVersion {
        if (version < 1) {
            throw new IllegalArgumentException("index versions start at 1");
        }
        Objects.requireNonNull(description, "description");
        create = List.copyOf(create);
        drop = List.copyOf(drop);
    }

    public static IndexVersion creating(int version, String description, List<IndexSpec> create) {
        return new IndexVersion(version, description, create, List.of());
    }

    /** An index a version removes, by collection and name. */
    public record DroppedIndex(String collection, String name) {}
}
