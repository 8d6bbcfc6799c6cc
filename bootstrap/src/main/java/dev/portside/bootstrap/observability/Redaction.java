package dev.portside.bootstrap.observability;

import jakarta.annotation.Nullable;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.UUID;

/**
 * What a statement's parameter looks like in a log line: numbers, booleans, UUIDs, dates and times as
 * themselves; every text and binary value as its kind and length only ({@code <text:17>}). Emails,
 * password hashes, idempotency keys, names and bodies are all text, so none of them can reach a log,
 * whatever the statement; ids and amounts, which an operator needs to follow a request, do.
 */
final class Redaction {

    private Redaction() {}

    static String parameter(@Nullable Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number
                || value instanceof Boolean
                || value instanceof UUID
                || value instanceof TemporalAccessor
                || value instanceof Date
                || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof CharSequence text) {
            return "<text:" + text.length() + ">";
        }
        if (value instanceof byte[] bytes) {
            return "<bytes:" + bytes.length + ">";
        }
        if (value instanceof Object[] array) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < array.length; i++) {
                out.append(i == 0 ? "" : ", ").append(parameter(array[i]));
            }
            return out.append(']').toString();
        }
        return "<" + value.getClass().getSimpleName() + ">";
    }

    /** One line of SQL: runs of whitespace (the @Query text blocks' newlines) become one space. */
    static String oneLine(@Nullable String sql) {
        return sql == null ? "" : sql.strip().replaceAll("\\s+", " ");
    }
}
