package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input the service used to accept by guessing, or answered with a 500: each is now a 400 (or 415)
 * problem+json naming the field. One test per family of the hostile-input report (issue 10).
 */
public abstract class StrictInputScenarios extends ApiScenarios {

    private String productBody(String priceAmount, String stockJson) {
        return "{\"sku\":\"" + unique("S") + "\",\"name\":\"n\",\"category\":\"c\",\"price\":{\"amount\":" + priceAmount
                + ",\"currency\":\"EUR\"},\"stock\":" + stockJson + "}";
    }

    private String newProductId() {
        ApiResponse created = api().post("/api/products", admin().token(), productBody("\"5.00\"", "10"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void nul_and_control_characters_in_text_are_400_naming_the_field() {
        Session user = newUser("nul");
        assertInvalid(api().get("/api/products?q=%00", null), "q");
        assertInvalid(api().get("/api/posts?q=a%00b", null), "q");
        assertInvalid(api().get("/api/users?q=a%00b", admin().token()), "q");
        assertInvalid(api().patch("/api/users/" + user.id(), user.token(), "{\"bio\":\"a\\u0000b\"}", Map.of()), "bio");
        assertInvalid(api().post("/api/posts", user.token(), "{\"title\":\"t\\u0007\",\"content\":\"c\"}"), "title");
        assertInvalid(
                api().post("/api/posts", user.token(), "{\"title\":\"t\",\"content\":\"lone \\ud800\"}"), "content");
    }

    @Test
    void money_beyond_what_storage_holds_is_400() {
        String token = admin().token();
        assertInvalid(api().post("/api/products", token, productBody("\"1000000000.01\"", "1")), "price");
        for (String amount : List.of("\"99999999999999999999.99\"", "\"1e309\"")) {
            assertInvalid(api().post("/api/products", token, productBody(amount, "1")), "price.amount");
        }
    }

    @Test
    void amounts_must_be_plain_ascii_decimals() {
        String token = admin().token();
        for (String amount : List.of("\"１.００\"", "\"1E2\"", "\"1e-2\"", "\" 1.00\"", "\"0x10\"")) {
            assertInvalid(api().post("/api/products", token, productBody(amount, "1")), "price.amount");
        }
    }

    @Test
    void dates_outside_the_supported_range_are_400() {
        assertInvalid(api().get("/api/posts?to=%2B999999999-12-31T23:59:59Z", null), "to");
        assertInvalid(api().get("/api/posts?from=-000001-01-01T00:00:00Z", null), "from");
        assertInvalid(
                api().get("/api/reports/sales?from=2025-01-01&to=%2B999999999-12-31T23:59:59Z", admin().token()), "to");
    }

    @Test
    void numbers_are_not_coerced_between_types() {
        String token = admin().token();
        assertInvalid(api().post("/api/products", token, productBody("\"1.00\"", "1.5")), "stock");
        assertInvalid(api().post("/api/products", token, productBody("\"1.00\"", "true")), "stock");
        assertInvalid(api().post("/api/products", token, productBody("\"1.00\"", "\"5\"")), "stock");
        assertInvalid(api().post("/api/products", token, productBody("\"1.00\"", "1e2")), "stock");
        String productId = newProductId();
        Session buyer = newUser("coerce");
        for (String quantity : List.of("1.5", "true", "\"1\"", "[1]")) {
            assertInvalid(
                    api().post(
                                    "/api/orders",
                                    buyer.token(),
                                    "{\"items\":[{\"productId\":\"" + productId + "\",\"quantity\":" + quantity
                                            + "}]}"),
                    "quantity");
        }
        assertInvalid(
                api().post(
                                "/api/users",
                                null,
                                "{\"username\":5,\"email\":\"a@example.com\",\"password\":\"long-enough-pw\"}"),
                "username");
        assertInvalid(api().post("/api/accounts", buyer.token(), "{\"currency\":[\"EUR\"]}"), "currency");
        assertInvalid(api().post("/api/accounts", buyer.token(), "{\"currency\":true}"), "currency");
    }

    @Test
    void a_value_of_the_wrong_shape_names_its_field() {
        Session user = newUser("shape");
        String account = api().post("/api/accounts", user.token(), Map.of("currency", "EUR"))
                .text("id");
        assertInvalid(
                api().post("/api/accounts/" + account + "/deposits", user.token(), "{\"amount\":\"100.00\"}"),
                "amount");
        assertInvalid(
                api().post("/api/posts", user.token(), "{\"title\":\"t\",\"content\":\"c\",\"tags\":\"java\"}"),
                "tags");
        assertInvalid(
                api().post("/api/posts", user.token(), "{\"title\":\"t\",\"content\":\"c\",\"tags\":{\"a\":1}}"),
                "tags");
        assertInvalid(api().post("/api/orders", user.token(), "{\"items\":{}}"), "items");
    }

    @Test
    void duplicate_keys_and_trailing_data_are_400() {
        Session user = newUser("dup");
        ApiResponse duplicate =
                api().post("/api/posts", user.token(), "{\"title\":\"a\",\"title\":\"b\",\"content\":\"c\"}");
        assertInvalid(duplicate, "title");
        ApiResponse trailing = api().post("/api/posts", user.token(), "{\"title\":\"a\",\"content\":\"c\"} trailing");
        assertProblem(trailing, 400, "malformed_json");
        ApiResponse twoDocuments = api().post("/api/posts", user.token(), "{\"title\":\"a\",\"content\":\"c\"}{}");
        assertProblem(twoDocuments, 400, "malformed_json");
    }

    @Test
    void a_body_without_json_content_type_is_415() {
        Session user = newUser("ctype");
        String json = "{\"title\":\"a\",\"content\":\"c\"}";
        assertProblem(
                api().send("POST", "/api/posts", user.token(), json, Map.of("Content-Type", "text/plain")),
                415,
                "unsupported_media_type");
        assertProblem(
                api().send(
                                "POST",
                                "/api/posts",
                                user.token(),
                                json,
                                Map.of("Content-Type", "application/x-www-form-urlencoded")),
                415,
                "unsupported_media_type");
        assertProblem(withoutContentType("/api/posts", user.token(), json), 415, "unsupported_media_type");
        // a body-less action still needs no Content-Type
        assertThat(api().send("GET", "/api/posts", user.token(), null, Map.of()).status())
                .isEqualTo(200);
    }

    /** The scenario client always names JSON; this request names nothing. */
    private ApiResponse withoutContentType(String path, String token, String body) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        baseUrl().resolve(path))
                .header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), api());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_body_the_server_cannot_decode_is_refused_as_problem_json() {
        Session user = newUser("gzip");
        String json = "{\"title\":\"a\",\"content\":\"c\"}";
        for (String encoding : List.of("gzip", "deflate", "br", "zstd", "snappy", "x-unknown")) {
            ApiResponse response =
                    api().send("POST", "/api/posts", user.token(), json, Map.of("Content-Encoding", encoding));
            assertThat(response.status()).as(encoding + ": " + response).isIn(400, 415);
            assertProblem(
                    response,
                    response.status(),
                    response.status() == 415 ? "unsupported_media_type" : "malformed_json");
        }
    }

    @Test
    void a_foreign_origin_is_refused_with_problem_json() {
        ApiResponse response = api().send("GET", "/api/products", null, null, Map.of("Origin", "https://evil.example"));
        assertProblem(response, 403, "forbidden");
        ApiResponse preflight = api().send(
                        "OPTIONS",
                        "/api/products",
                        null,
                        null,
                        Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertThat(preflight.status()).isLessThan(500);
    }
}
