package dev.portside.adapters.redis.shared;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads what {@link BinaryWriter} wrote; a truncated or foreign entry fails with an unchecked exception. */
public final class BinaryReader {

    private final DataInputStream in;

    public BinaryReader(byte[] bytes) {
        this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    public UUID uuid() {
        return read(() -> new UUID(in.readLong(), in.readLong()));
    }

    public String string() {
        return read(() -> {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("string length " + length + " exceeds the entry");
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        });
    }

    public Optional<String> optionalString() {
        return bool() ? Optional.of(string()) : Optional.empty();
    }

    public List<String> strings() {
        int count = integer();
        if (count < 0 || count > read(in::available)) {
            throw new UncheckedIOException(new IOException("list size " + count + " exceeds the entry"));
        }
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(string());
        }
        return values;
    }

    public Instant instant() {
        return read(() -> Instant.ofEpochSecond(in.readLong(), in.readInt()));
    }

    public Optional<Instant> optionalInstant() {
        return bool() ? Optional.of(instant()) : Optional.empty();
    }

    public int integer() {
        return read(in::readInt);
    }

    public long number() {
        return read(in::readLong);
    }

    public boolean bool() {
        return read(in::readBoolean);
    }

    /** Fails when bytes are left over: the entry was written by another format. */
    public void end() {
        if (read(in::available) != 0) {
            throw new UncheckedIOException(new IOException("unexpected bytes after the last field"));
        }
    }

    private <T> T read(IoRead<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cache entry cannot be decoded", e);
        }
    }

    private interface IoRead<T> {
        T run() throws IOException;
    }
}
