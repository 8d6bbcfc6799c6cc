package dev.portside.adapters.redis.shared;

import io.micronaut.serde.ObjectMapper;
import java.util.function.Function;

/**
 * Turns an aggregate into the bytes the cache stores and back, exactly: {@code decode(encode(x))}
 * equals {@code x}. Domain classes carry no serialisation annotations, so each cached aggregate has a
 * small cache record that Micronaut Serialization writes as JSON ({@link RedisCaches#codec}); changing
 * a record means bumping {@link CacheKeys#SCHEMA_VERSION}.
 */
public interface CacheCodec<T> {

    byte[] encode(T entity);

    T decode(byte[] bytes);

    /** {@code T} as the JSON of its cache record {@code R}, a {@code @Serdeable} record of plain values. */
    static <T, R> CacheCodec<T> json(
            ObjectMapper json, Class<R> record, Function<T, R> toRecord, Function<R, T> toEntity) {
        return new JsonCacheCodec<>(json, record, toRecord, toEntity);
    }
}
