package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Throws malformed bodies, parameters, path ids and headers at every endpoint, as anonymous, user and
 * admin, and asserts: never a 5xx, every refusal is problem+json with a code, and nothing stored
 * changed. Table-driven: every endpoint x every hostile value of its kind, plus a seeded random mix
 * (the seed is printed in a failure, so a failure can be replayed).
 *
 * <p>No request here is valid, so "no change beyond the valid requests" means no change at all: the
 * data this test created first reads back byte for byte the same, and no listing grew.
 */
public abstract class HostileInputScenarios extends ApiScenarios {

    /** Bodies no endpoint accepts. Never {@code {}}: an empty patch is a valid request. */
    private static final List<String> BODIES = List.of(
            "{\"x\":",
            "[]",
            "null",
            "\"text\"",
            "123",
            "true",
            "{\"zzz\":1}",
            "{\"title\":\"a\",\"title\":\"b\"}",
            "{\"name\":\"a\"} trailing",
            "{\"a\":1}{\"b\":2}",
            "{\"title\":\"nul\\u0000\",\"content\":\"c\",\"name\":\"\\u0000\",\"bio\":\"\\u0000\",\"zz\":0}",
            "{\"price\":{\"amount\":\"1e309\",\"currency\":\"EUR\"},\"zz\":0}",
            "{\"amount\":{\"amount\":\"99999999999999999999.99\",\"currency\":\"EUR\"},\"zz\":0}",
            "{\"quantity\":1.5,\"stock\":true,\"zz\":0}",
            "{\"currency\":[\"EUR\"],\"zz\":0}",
            "{\"items\":[{\"productId\":\"x\",\"quantity\":\"1\"}],\"zz\":0}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"s\":\"" + "\\ud800".repeat(3) + "\",\"zz\":0}",
            "{\"roles\":[\"ADMIN\"],\"status\":\"ACTIVE\",\"id\":\"" + UUID.randomUUID() + "\",\"zz\":0}");

    private static final List<String> QUERIES = List.of(
            "q=%00",
            "q=a%00b",
            "q=%25ZZ",
            "q=%C3%28",
            "q=%EF%BF%BF%E2%80%AE",
            "q=" + "x".repeat(5000),
            "page=-1",
            "page=99999999999",
            "size=0",
            "size=1e3",
            "size=1.5",
            "sort=%3Bdrop%20table%20users",
            "sort=name,sideways&sort=price",
            "from=%2B999999999-12-31T23:59:59Z",
            "to=-999999999-01-01T00:00:00Z",
            "from=2025-13-45",
            "to=garbage",
            "tags=" + "t,".repeat(500),
            "status=EVIL",
            "days=1.5",
            "days=99999999999",
            "days=-1",
            "author=not-a-uuid",
            "category=%00",
            "tagMode=SOME",
            "from=2026-01-01&to=2025-01-01");

    private static final List<String> IDS = List.of(
            "not-a-uuid",
            "%00",
            "..%2F..%2Fetc",
            "00000000-0000-0000-0000-000000000000",
            "x".repeat(3000),
            "%F0%28%8C%BC",
            "1e309",
            "-1");

    private record Endpoint(String method, String path, boolean hasBody) {}

    /** Every route; {id} is replaced by hostile ids, by a random UUID, or (only for bodies) by a real id. */
    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/users", true),
            new Endpoint("GET", "/api/users", false),
            new Endpoint("GET", "/api/users/me", false),
            new Endpoint("GET", "/api/users/stats", false),
            new Endpoint("GET", "/api/users/{id}", false),
            new Endpoint("PATCH", "/api/users/{user}", true),
            new Endpoint("PUT", "/api/users/{user}/password", true),
            new Endpoint("PUT", "/api/users/{user}/roles", true),
            new Endpoint("DELETE", "/api/users/{id}", false),
            new Endpoint("POST", "/api/auth/login", true),
            new Endpoint("POST", "/api/posts", true),
            new Endpoint("GET", "/api/posts", false),
            new Endpoint("GET", "/api/posts/stats", false),
            new Endpoint("GET", "/api/posts/{id}", false),
            new Endpoint("PATCH", "/api/posts/{post}", true),
            new Endpoint("DELETE", "/api/posts/{id}", false),
            new Endpoint("POST", "/api/posts/{id}/publish", false),
            new Endpoint("POST", "/api/posts/{id}/unpublish", false),
            new Endpoint("GET", "/api/posts/{id}/comments", false),
            new Endpoint("POST", "/api/posts/{post}/comments", true),
            new Endpoint("POST", "/api/products", true),
            new Endpoint("GET", "/api/products", false),
            new Endpoint("GET", "/api/products/{id}", false),
            new Endpoint("PATCH", "/api/products/{product}", true),
            new Endpoint("POST", "/api/orders", true),
            new Endpoint("GET", "/api/orders", false),
            new Endpoint("GET", "/api/orders/{id}", false),
            new Endpoint("POST", "/api/orders/{id}/cancel", false),
            new Endpoint("POST", "/api/orders/{id}/status", true),
            new Endpoint("GET", "/api/reports/sales", false),
            new Endpoint("GET", "/api/reports/orders/daily", false),
            new Endpoint("POST", "/api/accounts", true),
            new Endpoint("GET", "/api/accounts", false),
            new Endpoint("GET", "/api/accounts/{id}", false),
            new Endpoint("POST", "/api/accounts/{account}/deposits", true),
            new Endpoint("GET", "/api/accounts/{id}/transfers", false),
            new Endpoint("POST", "/api/transfers", true));

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void hostile_bodies_params_ids_and_headers_never_cause_a_5xx_or_a_change() {
        long seed = Long.getLong("portside.hostile.seed", System.nanoTime());
        Random random = new Random(seed);
        World world = createWorld();
        Map<String, String> before = world.snapshot();

        List<String> tokens = new ArrayList<>();
        tokens.add(null);
        tokens.add(world.user.token());
        tokens.add(world.admin.token());
        for (Endpoint endpoint : ENDPOINTS) {
            for (String token : tokens) {
                for (String id : IDS) {
                    send(
                            endpoint.method(),
                            world.path(endpoint.path(), id),
                            token,
                            endpoint.hasBody() ? "[]" : null,
                            Map.of());
                }
                if (endpoint.hasBody()) {
                    for (String body : BODIES) {
                        send(endpoint.method(), world.path(endpoint.path(), null), token, body, Map.of());
                    }
                } else if (endpoint.method().equals("GET")) {
                    for (String query : QUERIES) {
                        send(
                                "GET",
                                world.path(endpoint.path(), UUID.randomUUID().toString()) + "?" + query,
                                token,
                                null,
                                Map.of());
                    }
                }
            }
            for (Map<String, String> headers : hostileHeaders(world)) {
                send(
                        endpoint.method(),
                        world.path(endpoint.path(), null),
                        null,
                        endpoint.hasBody() ? "{\"zz\":1}" : null,
                        headers);
            }
        }
        // a seeded random mix: hostile header sets with hostile bodies and queries on random endpoints
        List<Map<String, String>> headerSets = hostileHeaders(world);
        for (int i = 0; i < 300; i++) {
            Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
            String token = tokens.get(random.nextInt(tokens.size()));
            String path = world.path(endpoint.path(), random.nextBoolean() ? IDS.get(random.nextInt(IDS.size())) : null)
                    + "?" + QUERIES.get(random.nextInt(QUERIES.size()));
            String body = endpoint.hasBody() ? mutate(BODIES.get(random.nextInt(BODIES.size())), random) : null;
            send(endpoint.method(), path, token, body, headerSets.get(random.nextInt(headerSets.size())));
        }

        assertThat(failures)
                .as("seed %d, %d requests sent; failures:%n%s", seed, sent, String.join("\n", failures))
                .isEmpty();
        assertThat(world.snapshot())
                .as("stored data after %d hostile requests", sent)
                .isEqualTo(before);
    }

    private static final String JSON_CHARS = "{}[]\",:\\0e-";

    private static String mutate(String body, Random random) {
        StringBuilder text = new StringBuilder(body);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, (char) random.nextInt(0x80));
                case 1 -> text.deleteCharAt(at);
                default -> text.setCharAt(at, JSON_CHARS.charAt(random.nextInt(JSON_CHARS.length())));
            }
        }
        // a mutation that happens to produce {} would be a valid empty patch
        return text.toString().strip().equals("{}") ? "{}}" : text.toString();
    }

    private List<Map<String, String>> hostileHeaders(World world) {
        long now = Instant.now().getEpochSecond();
        String badExp = "eyJhbGciOiJIUzI1NiJ9."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("{\"sub\":\"" + world.user.id() + "\",\"exp\":\"soon\",\"iat\":" + now + "}")
                                .getBytes(StandardCharsets.UTF_8))
                + ".AAAA";
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(Map.of("Content-Type", "text/plain"));
        sets.add(Map.of("Content-Type", "application/json; charset=utf-16"));
        sets.add(Map.of("Content-Type", "application/xml"));
        sets.add(Map.of("Content-Type", "multipart/form-data; boundary=x"));
        sets.add(Map.of("Content-Encoding", "gzip"));
        sets.add(Map.of("Content-Encoding", "deflate, br"));
        sets.add(Map.of("Accept", "application/xml"));
        sets.add(Map.of("Origin", "https://evil.example"));
        sets.add(Map.of("Authorization", "Bearer " + badExp));
        sets.add(Map.of("Authorization", "Bearer a.b.c"));
        sets.add(Map.of("Authorization", "Basic YWRtaW46YWRtaW4="));
        sets.add(Map.of("Authorization", "Bearer " + "x".repeat(8000)));
        sets.add(Map.of("If-Match", "\"" + "9".repeat(40) + "\""));
        sets.add(Map.of("If-Match", "W/\"1\", *, garbage"));
        sets.add(Map.of("Idempotency-Key", "k".repeat(5000)));
        sets.add(Map.of("Idempotency-Key", "tab\there"));
        sets.add(Map.of("X-Forwarded-For", "127.0.0.1, 10.0.0.1"));
        sets.add(Map.of("Range", "bytes=0-1000000000"));
        return sets;
    }

    private void send(String method, String path, String token, String body, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        ApiResponse response;
        try {
            response = api().send(method, path, token, body, all);
        } catch (java.io.UncheckedIOException first) {
            // the server closes the connection after refusing an oversized header; the client may
            // have picked that pooled connection for this request: ask once more on a fresh one
            try {
                response = api().send(method, path, token, body, all);
            } catch (RuntimeException e) {
                failures.add(method + " " + abbreviated(path) + " " + headers.keySet() + ": no answer (" + e + ")");
                return;
            }
        }
        sent++;
        String where = method + " " + abbreviated(path) + " " + abbreviated(String.valueOf(headers)) + " body="
                + abbreviated(String.valueOf(body)) + " -> " + abbreviated(response.toString());
        if (response.status() >= 500) {
            failures.add("5xx: " + where);
        } else if (response.status() >= 400 && !response.contentType().startsWith("application/problem+json")) {
            failures.add("not problem+json: " + where);
        } else if (response.status() >= 400
                && (response.body() == null || !response.body().contains("\"code\""))) {
            failures.add("problem without code: " + where);
        } else if (response.status() < 400 && !method.equals("GET")) {
            failures.add("a hostile write was accepted: " + where);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    /** The data the suite creates before attacking, and what it reads back to prove nothing changed. */
    private final class World {
        final Session admin = admin();
        final Session user = newUser("hostile");
        final String product;
        final String post;
        final String account;

        World() {
            ApiResponse created = api().post(
                            "/api/products",
                            admin.token(),
                            body(
                                    "sku",
                                    unique("H"),
                                    "name",
                                    "Hostile",
                                    "category",
                                    "tests",
                                    "price",
                                    money("9.99", "EUR"),
                                    "stock",
                                    5));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            product = created.text("id");
            ApiResponse written = api().post("/api/posts", user.token(), body("title", "hostile", "content", "c"));
            assertThat(written.status()).as(written.toString()).isEqualTo(201);
            post = written.text("id");
            ApiResponse opened = api().post("/api/accounts", user.token(), body("currency", "EUR"));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            account = opened.text("id");
        }

        String path(String template, String id) {
            String any = id == null ? UUID.randomUUID().toString() : id;
            return template.replace("{id}", any)
                    .replace("{user}", id == null ? user.id() : any)
                    .replace("{post}", id == null ? post : any)
                    .replace("{product}", id == null ? product : any)
                    .replace("{account}", id == null ? account : any);
        }

        Map<String, String> snapshot() {
            Map<String, String> state = new LinkedHashMap<>();
            state.put(
                    "user", api().get("/api/users/" + user.id(), admin.token()).body());
            state.put(
                    "admin",
                    api().get("/api/users/" + admin.id(), admin.token()).body());
            state.put("product", api().get("/api/products/" + product, null).body());
            state.put("post", api().get("/api/posts/" + post, user.token()).body());
            state.put(
                    "account",
                    api().get("/api/accounts/" + account, user.token()).body());
            state.put("users", total("/api/users?size=1", admin.token()));
            state.put("products", total("/api/products?size=1", null));
            state.put("posts", total("/api/posts?size=1", null));
            state.put("orders", total("/api/orders?size=1", admin.token()));
            state.put("accounts", total("/api/accounts?size=1", user.token()));
            state.put("comments", total("/api/posts/" + post + "/comments?size=1", user.token()));
            return state;
        }

        private String total(String path, String token) {
            ApiResponse response = api().get(path, token);
            return response.status() + ":" + response.text("totalItems");
        }
    }

    private World createWorld() {
        return new World();
    }
}
