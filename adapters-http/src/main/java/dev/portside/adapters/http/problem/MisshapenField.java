package dev.portside.adapters.http.problem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the field behind the body reader's structural errors ("Unexpected token VALUE_STRING,
 * expected START_ARRAY"), which carry no field: the first top-level field of the request record that
 * expects an array (or an object) and was sent something else. Reads the already size-limited body
 * again with Jackson's streaming parser; nested values are not searched (their scalars name
 * themselves, see StrictScalars).
 */
final class MisshapenField {

    private static final Pattern STRUCTURE =
            Pattern.compile("Unexpected token \\w+, expected (START_ARRAY|START_OBJECT)");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    record Found(String field, String reason) {}

    private MisshapenField() {}

    static boolean isStructural(Throwable failure) {
        return STRUCTURE.matcher(String.valueOf(failure.getMessage())).find();
    }

    static Optional<Found> find(Throwable failure, Class<?> target, @Nullable byte[] body) {
        Matcher structure = STRUCTURE.matcher(String.valueOf(failure.getMessage()));
        if (!structure.find() || body == null) {
            return Optional.empty();
        }
        boolean array = structure.group(1).equals("START_ARRAY");
        Optional<BeanIntrospection<Object>> introspection = BeanIntrospector.SHARED.findIntrospection(cast(target));
        Map<String, JsonToken> sent = topLevelTokens(body);
        if (introspection.isEmpty() || sent.isEmpty()) {
            return Optional.empty();
        }
        for (BeanProperty<Object, Object> property : introspection.get().getBeanProperties()) {
            JsonToken token = sent.get(property.getName());
            if (token == null || token == JsonToken.VALUE_NULL) {
                continue;
            }
            Class<?> type = property.getType();
            boolean wantsArray = Collection.class.isAssignableFrom(type) || type.isArray();
            boolean wantsObject = !wantsArray
                    && BeanIntrospector.SHARED.findIntrospection(type).isPresent();
            if (array && wantsArray && token != JsonToken.START_ARRAY) {
                return Optional.of(new Found(property.getName(), "must be a JSON array"));
            }
            if (!array && wantsObject && token != JsonToken.START_OBJECT) {
                return Optional.of(new Found(property.getName(), "must be a JSON object"));
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Class<Object> cast(Class<?> type) {
        return (Class<Object>) type;
    }

    private static Map<String, JsonToken> topLevelTokens(byte[] body) {
        Map<String, JsonToken> tokens = new HashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return tokens;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                tokens.putIfAbsent(name, value);
                parser.skipChildren();
            }
        } catch (IOException e) {
            return tokens;
        }
        return tokens;
    }
}
