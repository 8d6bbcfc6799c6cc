package dev.portside.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.scenarios.ApiClient;
import dev.portside.adapters.http.scenarios.ApiResponse;
import dev.portside.adapters.http.scenarios.ApiScenarios;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.PlainPassword;
import dev.portside.domain.user.Username;
import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document against the code: security exactly where a route needs a token, the
 * success status each operation really answers, problem+json with known codes for every error,
 * request limits equal to the domain's, the Idempotency-Key where the code requires it.
 */
@MicronautTest
@SuppressWarnings("unchecked")
class OpenApiContractTest extends ApiScenarios {

    /** Codes the framework's refusals answer with, besides the domain's {@link ErrorCode}s and the {@link TransportCode}s. */
    private static final Set<String> FRAMEWORK_CODES = Set.of(
            "malformed_json",
            "method_not_allowed",
            "not_acceptable",
            "unsupported_media_type",
            "payload_too_large",
            "rate_limited",
            "internal_error");

    @Inject
    Router router;

    private Map<String, Object> document;

    @BeforeEach
    void loadDocument() {
        ApiResponse served = new ApiClient(server.getURI()).get("/swagger/portside-0.1.0.yml", null);
        assertThat(served.status()).isEqualTo(200);
        document = new Yaml().load(served.body());
    }

    @Test
    void the_problem_codes_are_every_code_the_code_can_answer() {
        Set<String> expected = Stream.of(
                        Arrays.stream(ErrorCode.values()).map(ErrorCode::code),
                        Arrays.stream(TransportCode.values()).map(TransportCode::code),
                        FRAMEWORK_CODES.stream())
                .flatMap(codes -> codes)
                .collect(Collectors.toSet());
        assertThat(new HashSet<>(problemCodes())).isEqualTo(expected);
    }

    @Test
    void every_operation_has_one_success_and_its_errors_are_problems_with_known_codes() {
        Set<String> codes = new HashSet<>(problemCodes());
        operations().forEach((name, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet().stream().filter(status -> status.startsWith("2")))
                    .as(name)
                    .hasSize(1);
            assertThat(responses).as(name).containsKey("503");
            responses.forEach((status, reference) -> {
                Map<String, Object> response = resolved(reference);
                // RateLimitFilter adds these to every /api answer it counted
                assertThat((Map<String, Object>) response.get("headers"))
                        .as(name + " " + status)
                        .containsKeys("RateLimit", "RateLimit-Policy");
                if (status.startsWith("2")) {
                    return;
                }
                Map<String, Object> content = (Map<String, Object>) response.get("content");
                assertThat(content).as(name + " " + status).containsOnlyKeys("application/problem+json");
                assertThat(content.get("application/problem+json").toString()).contains("#/components/schemas/Problem");
                String description = (String) response.get("description");
                List<String> words = Arrays.asList(description.split("[^a-z_]+"));
                assertThat(words.stream().filter(codes::contains))
                        .as(name + " " + status + " names its codes: " + description)
                        .isNotEmpty();
                assertThat(words.stream().filter(word -> word.contains("_")))
                        .as(name + " " + status + ": " + description)
                        .allMatch(codes::contains);
            });
        });
    }

    @Test
    void security_is_documented_exactly_where_the_route_requires_a_token() {
        Map<String, Boolean> anonymousByOperation = new TreeMap<>();
        router.uriRoutes()
                .map(route -> (UriRouteInfo<?, ?>) route)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .filter(route ->
                        route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .forEach(route -> {
                    String[] rules =
                            route.getTargetMethod().getAnnotationMetadata().stringValues(Secured.class);
                    anonymousByOperation.put(
                            route.getHttpMethod() + " "
                                    + route.getUriMatchTemplate().toPathString(),
                            Arrays.asList(rules).contains(SecurityRule.IS_ANONYMOUS));
                });
        Map<String, Map<String, Object>> operations = operations();
        assertThat(operations.keySet()).isEqualTo(anonymousByOperation.keySet());
        anonymousByOperation.forEach((name, anonymous) -> {
            Object security = operations.get(name).get("security");
            if (anonymous) {
                assertThat(security).as(name + " needs no token").isNull();
                // a 401 there can only be a failed login, never a missing token
                Map<String, Map<String, Object>> responses =
                        (Map<String, Map<String, Object>>) operations.get(name).get("responses");
                assertThat(resolved(responses.getOrDefault("401", Map.of("description", "")))
                                .get("description")
                                .toString())
                        .as(name)
                        .doesNotContain("unauthenticated");
            } else {
                assertThat(security).as(name + " needs a token").isEqualTo(List.of(Map.of("bearer", List.of())));
            }
        });
        assertThat(document).doesNotContainKey("security");
    }

    @Test
    void the_documented_success_status_is_what_the_creating_operations_answer() {
        Session user = newUser("contract");
        Session admin = admin();
        String account =
                created("POST /api/accounts", api().post("/api/accounts", user.token(), Map.of("currency", "EUR")));
        String other = api().post("/api/accounts", newUser("payee").token(), Map.of("currency", "EUR"))
                .text("id");
        created(
                "POST /api/accounts/{id}/deposits",
                api().post(
                                "/api/accounts/" + account + "/deposits",
                                user.token(),
                                Map.of("amount", money("100.00", "EUR"))));
        created(
                "POST /api/transfers",
                api().post(
                                "/api/transfers",
                                user.token(),
                                Map.of("fromAccountId", account, "toAccountId", other, "amount", money("1.00", "EUR")),
                                Map.of("Idempotency-Key", unique("key"))));
        String post = created(
                "POST /api/posts",
                api().post("/api/posts", user.token(), Map.of("title", "t", "content", "c", "tags", List.of())));
        api().post("/api/posts/" + post + "/publish", user.token(), null);
        created(
                "POST /api/posts/{id}/comments",
                api().post("/api/posts/" + post + "/comments", user.token(), Map.of("content", "c")));
        String product = created(
                "POST /api/products",
                api().post(
                                "/api/products",
                                admin.token(),
                                Map.of(
                                        "sku",
                                        unique("SKU"),
                                        "name",
                                        "n",
                                        "category",
                                        "c",
                                        "price",
                                        money("2.00", "EUR"),
                                        "stock",
                                        5)));
        created(
                "POST /api/orders",
                api().post(
                                "/api/orders",
                                user.token(),
                                Map.of("items", List.of(Map.of("productId", product, "quantity", 1)))));
        assertThat(documentedSuccess("POST /api/users")).isEqualTo("201");
        assertThat(documentedSuccess("POST /api/auth/login")).isEqualTo("200");
    }

    @Test
    void request_limits_and_the_idempotency_key_are_documented_as_the_code_enforces_them() {
        Map<String, Object> register = property("RegisterUserRequest", "username");
        assertThat(register)
                .containsEntry("minLength", Username.MIN_LENGTH)
                .containsEntry("maxLength", Username.MAX_LENGTH);
        Map<String, Object> password = property("RegisterUserRequest", "password");
        assertThat(password)
                .containsEntry("minLength", PlainPassword.MIN_LENGTH)
                .containsEntry("maxLength", PlainPassword.MAX_LENGTH);

        List<Map<String, Object>> parameters = (List<Map<String, Object>>)
                operations().get("POST /api/transfers").get("parameters");
        assertThat(parameters)
                .anySatisfy(parameter -> assertThat(parameter)
                        .containsEntry("name", "Idempotency-Key")
                        .containsEntry("in", "header")
                        .containsEntry("required", true));
        ApiResponse withoutKey = api().post(
                        "/api/transfers",
                        newUser("nokey").token(),
                        Map.of(
                                "fromAccountId",
                                java.util.UUID.randomUUID().toString(),
                                "toAccountId",
                                java.util.UUID.randomUUID().toString(),
                                "amount",
                                money("1.00", "EUR")));
        assertProblem(withoutKey, 400, "idempotency_key_missing");
    }

    private String created(String operation, ApiResponse response) {
        assertThat(String.valueOf(response.status()))
                .as(operation + ": " + response)
                .isEqualTo(documentedSuccess(operation));
        return response.text("id");
    }

    private String documentedSuccess(String operation) {
        Map<String, Object> responses =
                (Map<String, Object>) operations().get(operation).get("responses");
        return responses.keySet().stream()
                .filter(status -> status.startsWith("2"))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new TreeMap<>();
        ((Map<String, Map<String, Map<String, Object>>>) document.get("paths"))
                .forEach((path, byMethod) -> byMethod.forEach(
                        (method, operation) -> operations.put(method.toUpperCase() + " " + path, operation)));
        return operations;
    }

    /** A response as written, or the one in components/responses it refers to. */
    private Map<String, Object> resolved(Map<String, Object> response) {
        Object ref = response.get("$ref");
        if (ref == null) {
            return response;
        }
        String prefix = "#/components/responses/";
        assertThat(ref.toString()).startsWith(prefix);
        Map<String, Object> components =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("responses");
        Map<String, Object> target =
                (Map<String, Object>) components.get(ref.toString().substring(prefix.length()));
        assertThat(target).as(ref.toString()).isNotNull();
        return target;
    }

    private List<String> problemCodes() {
        return (List<String>) property("Problem", "code").get("enum");
    }

    private Map<String, Object> property(String schema, String name) {
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        Map<String, Object> properties =
                (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties");
        return (Map<String, Object>) properties.get(name);
    }
}
