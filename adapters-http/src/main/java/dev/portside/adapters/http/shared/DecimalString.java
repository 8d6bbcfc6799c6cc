package dev.portside.adapters.http.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Encoder;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.util.Objects;

/**
 * A decimal amount exactly as the client wrote it, accepted from a JSON string only: a JSON number
 * would already have passed through a binary double in many clients. Registered as a serde bean.
 */
@Schema(type = "string", example = "10.50", maxLength = 32, pattern = "^-?[0-9]{1,15}(\\.[0-9]{1,15})?$")
public record DecimalString(
        @jakarta.validation.constraints.Size(max = 32) String value) {

    public DecimalString {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }

    /** Reads a JSON string only; a number, boolean or object is an invalid amount. */
    @jakarta.inject.Singleton
    public static final class JsonSerde implements io.micronaut.serde.Serde<DecimalString> {

        @Override
        @Nullable
        public DecimalString deserialize(Decoder decoder, DecoderContext context, Argument<? super DecimalString> type)
                throws IOException {
            if (decoder.decodeNull()) {
                return null;
            }
            // decodeString would quietly coerce a number to its text; the node says what was sent
            JsonNode node = decoder.decodeNode();
            if (!node.isString()) {
                throw new InvalidJsonValueException(
                        "amount",
                        "must be a decimal string such as \"10.50\", not a JSON "
                                + (node.isNumber() ? "number" : "value of another kind"),
                        null);
            }
            String text = node.getStringValue();
            return new DecimalString(text);
        }

        @Override
        public void serialize(
                Encoder encoder, EncoderContext context, Argument<? extends DecimalString> type, DecimalString value)
                throws IOException {
            encoder.encodeString(value.value());
        }
    }
}
