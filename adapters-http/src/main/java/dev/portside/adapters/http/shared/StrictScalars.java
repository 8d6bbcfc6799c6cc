package dev.portside.adapters.http.shared;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Request bodies read scalars exactly as sent. Micronaut Serialization's defaults coerce between JSON
 * types ({@code 1.5} to the int 1, {@code true} to 1, {@code 5} to "5"); a client that sent the wrong
 * type has a bug we should name, not guess around. These replace the defaults for {@code Integer} and
 * {@code String}, so every request record gets them without per-field annotations.
 */
final class StrictScalars {

    private StrictScalars() {}

    private static String field(Argument<?> type) {
        String name = type.getName();
        return name == null || name.isBlank() ? "body" : name;
    }

    private static String kind(JsonNode node) {
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isString() ? "a string" : "another kind of value";
    }

    /** An int from a JSON integer only: no fraction, no exponent, no string, no boolean, no array. */
    @Singleton
    @Primary
    static final class IntegerDeserializer implements Deserializer<Integer> {

        @Override
        @Nullable
        public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type)
                throws IOException {
            JsonNode node = decoder.decodeNode();
            if (node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                Number number = node.getNumberValue();
                if (number instanceof Integer
                        || number instanceof Long
                        || number instanceof Short
                        || number instanceof Byte
                        || number instanceof BigInteger) {
                    BigInteger value = new BigInteger(number.toString());
                    if (value.bitLength() < 32) {
                        return value.intValue();
                    }
                    throw new InvalidJsonValueException(field(type), "is out of range", null);
                }
            }
            throw new InvalidJsonValueException(field(type), "must be a JSON integer, not " + describe(node), null);
        }

        @Override
        @Nullable
        public Integer getDefaultValue(DecoderContext context, Argument<? super Integer> type) {
            return null;
        }

        private static String describe(JsonNode node) {
            return node.isNumber() ? "a number with a fraction or exponent" : kind(node);
        }
    }

    /** A string from a JSON string only. */
    @Singleton
    @Primary
    static final class StringDeserializer implements Deserializer<String> {

        @Override
        @Nullable
        public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type)
                throws IOException {
            JsonNode node = decoder.decodeNode();
            if (node.isNull()) {
                return null;
            }
            if (!node.isString()) {
                throw new InvalidJsonValueException(field(type), "must be a JSON string, not " + kind(node), null);
            }
            return node.getStringValue();
        }
    }
}
