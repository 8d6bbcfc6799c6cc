package dev.portside.adapters.http.scenarios;

import io.micronaut.json.tree.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the service answered, with the body parsed on demand. */
public record ApiResponse(int status, HttpHeaders headers, String body, ApiClient client) {

    public JsonNode json() {
        return client.parse(body);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The {@code code} of a problem document. */
    public String code() {
        JsonNode code = json().get("code");
        return code == null ? null : code.getStringValue();
    }

    public String text(String field) {
        JsonNode node = json().get(field);
        return node == null || node.isNull() ? null : node.coerceStringValue();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
