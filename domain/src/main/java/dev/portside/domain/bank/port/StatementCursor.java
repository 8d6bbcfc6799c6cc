package dev.portside.domain.bank.port;

import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.shared.ValidationException;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a statement slice ended: the (createdAt, id) of its last transfer. Clients see it only as an
 * opaque url-safe string; it carries a format version byte so the encoding can change later.
 */
public record StatementCursor(Instant createdAt, TransferId transferId) {

    private static final byte FORMAT = 1;
    private static final int BYTES = 1 + Long.BYTES + Integer.BYTES + 2 * Long.BYTES;
    private static final int MAX_TEXT_LENGTH = 64;

    public StatementCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(transferId, "transferId");
    }

    public static StatementCursor after(Transfer transfer) {
        return new StatementCursor(transfer.createdAt(), transfer.id());
    }

    /** Whether {@code transfer} comes after this cursor in statement (newest first) order. */
    public boolean precedes(Transfer transfer) {
        int byTime = transfer.createdAt().compareTo(createdAt);
        return byTime < 0 || (byTime == 0 && transfer.id().compareTo(transferId) < 0);
    }

    public String encode() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES)
                .put(FORMAT)
                .putLong(createdAt.getEpochSecond())
                .putInt(createdAt.getNano())
                .putLong(transferId.value().getMostSignificantBits())
                .putLong(transferId.value().getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    /** Reads a cursor a client sent back; anything this class did not produce is {@code validation_failed}. */
    public static StatementCursor decode(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw invalid();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (bytes.length != BYTES || bytes[0] != FORMAT) {
            throw invalid();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, BYTES - 1);
        long seconds = buffer.getLong();
        int nanos = buffer.getInt();
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        if (nanos < 0 || nanos > 999_999_999) {
            throw invalid();
        }
        try {
            return new StatementCursor(Instant.ofEpochSecond(seconds, nanos), new TransferId(id));
        } catch (DateTimeException | ArithmeticException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return new ValidationException("cursor", "is not a valid statement cursor");
    }
}
