package dev.portside.application.idempotency;

import java.util.Map;
import java.util.Objects;

/**
 * The first response to an idempotent request, replayed verbatim to every retry. The driving adapter
 * decides what a status means; the store keeps it as the adapter wrote it.
 */
public record StoredResponse(int status, Map<String, String> headers, String body) {

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }
}
