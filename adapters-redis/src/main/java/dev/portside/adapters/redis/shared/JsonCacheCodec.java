package dev.portside.adapters.redis.shared;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;

/** See {@link CacheCodec#json}. */
final class JsonCacheCodec<T, R> implements CacheCodec<T> {

    private final ObjectMapper json;
    private final Class<R> record;
    private final Function<T, R> toRecord;
    private final Function<R, T> toEntity;

    JsonCacheCodec(ObjectMapper json, Class<R> record, Function<T, R> toRecord, Function<R, T> toEntity) {
        this.json = Objects.requireNonNull(json, "json");
        this.record = Objects.requireNonNull(record, "record");
        this.toRecord = Objects.requireNonNull(toRecord, "toRecord");
        this.toEntity = Objects.requireNonNull(toEntity, "toEntity");
    }

    @Override
    public byte[] encode(T entity) {
        try {
            return json.writeValueAsBytes(toRecord.apply(entity));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public T decode(byte[] bytes) {
        try {
            return toEntity.apply(json.readValue(bytes, record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
