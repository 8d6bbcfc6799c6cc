package dev.portside.adapters.http.events;

import dev.portside.domain.shared.Validation;
import dev.portside.domain.shared.ValidationException;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A message a WebSocket client sends, read strictly like every request body (ADR 10): an object with
 * a known {@code type}, only that type's fields, each of its JSON type; every bad field is reported at
 * once.
 *
 * <pre>{@code
 * {"type":"auth","token":"<JWT>"}
 * {"type":"subscribe","topics":["orders","accounts/<id>"],"lastEventId":"42"}
 * {"type":"unsubscribe","topics":["orders"]}
 * }</pre>
 */
record SocketMessage(String type, Optional<String> token, List<String> topics, Optional<String> lastEventId) {

    static final String AUTH = "auth";
    static final String SUBSCRIBE = "subscribe";
    static final String UNSUBSCRIBE = "unsubscribe";

    private static final Map<String, Set<String>> FIELDS = Map.of(
            AUTH, Set.of("type", "token"),
            SUBSCRIBE, Set.of("type", "topics", "lastEventId"),
            UNSUBSCRIBE, Set.of("type", "topics"));

    static SocketMessage read(JsonNode message) {
        if (!message.isObject()) {
            throw new ValidationException("message", "must be a JSON object");
        }
        JsonNode typeNode = message.get("type");
        if (typeNode == null || !typeNode.isString() || !FIELDS.containsKey(typeNode.getStringValue())) {
            throw new ValidationException("type", "must be one of auth, subscribe, unsubscribe");
        }
        String type = typeNode.getStringValue();
        Validation check = new Validation();
        for (Map.Entry<String, JsonNode> field : message.entries()) {
            check.check(
                    FIELDS.getOrDefault(type, Set.of()).contains(field.getKey()),
                    field.getKey(),
                    "is not a field of a " + type + " message");
        }
        Optional<String> token = Optional.empty();
        List<String> topics = List.of();
        Optional<String> lastEventId = Optional.empty();
        if (type.equals(AUTH)) {
            JsonNode tokenNode = message.get("token");
            check.check(tokenNode != null && tokenNode.isString(), "token", "is required (a string)");
            token = tokenNode != null && tokenNode.isString()
                    ? Optional.of(tokenNode.getStringValue())
                    : Optional.empty();
        } else {
            JsonNode topicsNode = message.get("topics");
            if (topicsNode == null || !topicsNode.isArray()) {
                check.check(false, "topics", "is required (an array of strings)");
            } else {
                List<String> texts = new ArrayList<>();
                for (JsonNode topic : topicsNode.values()) {
                    if (topic.isString()) {
                        texts.add(topic.getStringValue());
                    } else {
                        check.check(false, "topics", "must hold strings only");
                        break;
                    }
                }
                topics = texts;
            }
            JsonNode last = message.get("lastEventId");
            if (last != null && !last.isNull()) {
                if (last.isString()) {
                    lastEventId = Optional.of(last.getStringValue());
                } else if (last.isNumber()
                        && last.getValue() instanceof Number n
                        && (n instanceof Integer || n instanceof Long)) {
                    lastEventId = Optional.of(Long.toString(n.longValue()));
                } else {
                    check.check(
                            false, "lastEventId", "must be the id of an event (a string of digits or a whole number)");
                }
            }
        }
        check.done();
        return new SocketMessage(type, token, topics, lastEventId);
    }
}
