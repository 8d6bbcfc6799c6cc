package dev.portside.adapters.http.idempotency;

import java.util.Map;

/** What a request answers before it is rendered: status, a JSON body object, extra headers (Location, ETag). */
public record JsonReply(int status, Object body, Map<String, String> headers) {

    public JsonReply {
        headers = Map.copyOf(headers);
    }

    public static JsonReply created(Object body, String location, String etag) {
        return new JsonReply(201, body, Map.of("Location", location, "ETag", etag));
    }
}
