package dev.portside.adapters.redis.shared;

/**
 * Turns an aggregate into the bytes the cache stores and back, exactly: {@code decode(encode(x))}
 * equals {@code x}. Domain classes carry no serialisation annotations, so each cached aggregate has a
 * small hand-written codec; changing a format means bumping {@link CacheKeys#SCHEMA_VERSION}.
 */
public interface CacheCodec<T> {

    byte[] encode(T entity);

    T decode(byte[] bytes);
}
