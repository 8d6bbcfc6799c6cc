package dev.portside.adapters.redis.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Key names of one entity type: {@code <prefix>:v<schema>:<entity>:id:<uuid>} for the cached entity and
 * {@code <prefix>:v<schema>:<entity>:<field>:<value>} for a unique-key pointer to it. The schema version
 * changes whenever a cache record changes, so a deployment never reads entries it cannot decode;
 * the old entries simply expire.
 */
public final class CacheKeys {

    /** Bump when any cache record changes. 2: JSON records (1 was a positional binary format). */
    public static final int SCHEMA_VERSION = 2;

    private final String base;

    private CacheKeys(String base) {
        this.base = base;
    }

    public static CacheKeys of(String prefix, String entity) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(entity, "entity");
        return new CacheKeys(prefix + ":v" + SCHEMA_VERSION + ":" + entity + ":");
    }

    public String id(UUID id) {
        return base + "id:" + id;
    }

    /** {@code value} must already be the canonical form lookups compare (e.g. lower-case username). */
    public String unique(String field, String value) {
        return base + field + ":" + value;
    }
}
