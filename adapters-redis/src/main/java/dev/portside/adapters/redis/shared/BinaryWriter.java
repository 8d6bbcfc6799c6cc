package dev.portside.adapters.redis.shared;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Writes the fields of a codec's format in order; {@link BinaryReader} reads them back in the same order. */
public final class BinaryWriter {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final DataOutputStream out = new DataOutputStream(bytes);

    public BinaryWriter uuid(UUID value) {
        return write(() -> {
            out.writeLong(value.getMostSignificantBits());
            out.writeLong(value.getLeastSignificantBits());
        });
    }

    /** Any length (DataOutput's writeUTF stops at 64 KiB): the UTF-8 byte count, then the bytes. */
    public BinaryWriter string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return write(() -> {
            out.writeInt(utf8.length);
            out.write(utf8);
        });
    }

    public BinaryWriter optionalString(Optional<String> value) {
        bool(value.isPresent());
        value.ifPresent(this::string);
        return this;
    }

    public BinaryWriter strings(Collection<String> values) {
        integer(values.size());
        values.forEach(this::string);
        return this;
    }

    /** Seconds and nanoseconds: exact whatever precision the instant has. */
    public BinaryWriter instant(Instant value) {
        return write(() -> {
            out.writeLong(value.getEpochSecond());
            out.writeInt(value.getNano());
        });
    }

    public BinaryWriter optionalInstant(Optional<Instant> value) {
        bool(value.isPresent());
        value.ifPresent(this::instant);
        return this;
    }

    public BinaryWriter integer(int value) {
        return write(() -> out.writeInt(value));
    }

    public BinaryWriter number(long value) {
        return write(() -> out.writeLong(value));
    }

    public BinaryWriter bool(boolean value) {
        return write(() -> out.writeBoolean(value));
    }

    public byte[] toBytes() {
        return bytes.toByteArray();
    }

    private BinaryWriter write(IoAction action) {
        try {
            action.run();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
