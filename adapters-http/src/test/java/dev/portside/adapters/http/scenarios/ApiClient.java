package dev.portside.adapters.http.scenarios;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain HTTP client for the scenarios: only a base URL, so the same tests drive the in-memory test
 * context here and the real service on PostgreSQL or MongoDB from bootstrap.
 */
public final class ApiClient {

    private final URI baseUrl;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final ObjectMapper json = ObjectMapper.getDefault();

    public ApiClient(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    public ApiResponse get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public ApiResponse delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    public ApiResponse post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    public ApiResponse post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, body, headers);
    }

    public ApiResponse put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    public ApiResponse patch(String path, String token, Object body, Map<String, String> headers) {
        return send("PATCH", path, token, body, headers);
    }

    /** {@code body} is serialised to JSON unless it is a String, which is sent exactly as given. */
    public ApiResponse send(String method, String path, String token, Object body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        if (body != null) {
            all.put("Content-Type", "application/json");
        }
        all.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        body instanceof String text ? text : write(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode parse(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }
}
