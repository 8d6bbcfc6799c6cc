package dev.portside.domain.event;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The changed fields of an event as one JSON object, written here so that every backend stores and
 * every transport sends the same bytes. Fields keep the order they were added in. Values are strings,
 * whole numbers, booleans, null or arrays of strings: money travels as a decimal string with its currency beside it, as
 * in the REST API, and instants as ISO-8601 strings.
 *
 * <p>{@link #ofStored} wraps what storage gives back; it is trusted to be what {@link Builder} wrote.
 */
public record EventData(String json) {

    /** Keeps one event row small; the largest field today is a comment of at most 2,000 characters. */
    public static final int MAX_LENGTH = 16_384;

    public EventData {
        Objects.requireNonNull(json, "json");
        if (!json.startsWith("{") || !json.endsWith("}")) {
            throw new IllegalArgumentException("event data must be a JSON object");
        }
    }

    public static EventData ofStored(String json) {
        return new EventData(json);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes one JSON object, field by field; a field name may be used once. */
    public static final class Builder {

        private final StringBuilder json = new StringBuilder("{");
        private final Set<String> names = new LinkedHashSet<>();

        private Builder() {}

        public Builder put(String name, @Nullable String value) {
            name(name);
            if (value == null) {
                json.append("null");
            } else {
                quote(value);
            }
            return this;
        }

        public Builder put(String name, long value) {
            name(name);
            json.append(value);
            return this;
        }

        public Builder put(String name, boolean value) {
            name(name);
            json.append(value);
            return this;
        }

        public Builder put(String name, @Nullable Instant value) {
            return put(name, value == null ? null : value.toString());
        }

        /** A JSON array of strings. */
        public Builder putStrings(String name, java.util.List<String> values) {
            name(name);
            json.append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                quote(values.get(i));
            }
            json.append(']');
            return this;
        }

        /** Any value by its {@code toString()} (ids, enums), or null. */
        public Builder put(String name, @Nullable Object value) {
            return put(name, value == null ? null : value.toString());
        }

        public EventData build() {
            String text = json.toString() + "}";
            if (text.length() > MAX_LENGTH) {
                throw new IllegalStateException("event data of " + text.length() + " characters is over " + MAX_LENGTH);
            }
            return new EventData(text);
        }

        private void name(String name) {
            Objects.requireNonNull(name, "name");
            if (!names.add(name)) {
                throw new IllegalArgumentException("field " + name + " given twice");
            }
            if (names.size() > 1) {
                json.append(',');
            }
            quote(name);
            json.append(':');
        }

        private void quote(String text) {
            json.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    case '\b' -> json.append("\\b");
                    case '\f' -> json.append("\\f");
                    default -> {
                        // control characters, and the two line separators JavaScript source forbids
                        if (c < 0x20
                                || c == '\u2028'
                                || c == '\u2029'
                                || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }

        private static boolean validSurrogate(String text, int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            }
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
    }
}
