package dev.portside.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The document states the limits the service enforces (the OWASP ruleset's string, array and integer
 * rules) and that every operation may answer 429.
 */
@MicronautTest
class OpenApiLimitsTest {

    @Inject
    EmbeddedServer server;

    @SuppressWarnings("unchecked")
    private Map<String, Object> document() {
        return new Yaml()
                .load(new ApiClient(server.getURI())
                        .get("/swagger/portside-0.1.0.yml", null)
                        .body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_operation_declares_429() {
        List<String> missing = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document().get("paths"))
                .forEach((path, operations) -> operations.forEach((method, operation) -> {
                    Map<String, Object> responses =
                            (Map<String, Object>) ((Map<String, Object>) operation).get("responses");
                    if (responses == null || !responses.containsKey("429")) {
                        missing.add(method + " " + path);
                    }
                }));
        assertThat(missing).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void request_schemas_bound_every_string_array_and_integer() {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) document().get("components")).get("schemas");
        List<String> unbounded = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (name.endsWith("Request")
                    || name.endsWith("Request.Line")
                    || name.equals("Money")
                    || name.equals("DecimalString")) {
                check(name, schema, unbounded);
            }
        });
        assertThat(schemas.keySet()).contains("CreateProductRequest", "PlaceOrderRequest");
        assertThat(unbounded).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void query_parameters_are_bounded() {
        List<String> unbounded = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document().get("paths"))
                .forEach((path, operations) -> operations.forEach((method, operation) -> {
                    List<Map<String, Object>> parameters =
                            (List<Map<String, Object>>) ((Map<String, Object>) operation).get("parameters");
                    if (parameters != null) {
                        parameters.stream()
                                .filter(p -> "query".equals(p.get("in")))
                                .forEach(p -> check(
                                        method + " " + path + "?" + p.get("name"),
                                        (Map<String, Object>) p.get("schema"),
                                        unbounded));
                    }
                }));
        assertThat(unbounded).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static void check(String where, Map<String, Object> schema, List<String> unbounded) {
        if (schema == null || schema.containsKey("$ref") || schema.containsKey("allOf")) {
            return;
        }
        Object type = schema.get("type");
        if ("string".equals(type)
                && !schema.containsKey("maxLength")
                && !schema.containsKey("enum")
                && !schema.containsKey("format")) {
            unbounded.add(where + ": string without maxLength");
        }
        if ("integer".equals(type) && (!schema.containsKey("minimum") || !schema.containsKey("maximum"))) {
            unbounded.add(where + ": integer without minimum and maximum");
        }
        if ("array".equals(type)) {
            if (!schema.containsKey("maxItems")) {
                unbounded.add(where + ": array without maxItems");
            }
            check(where + "[]", (Map<String, Object>) schema.get("items"), unbounded);
        }
        Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
        if (properties != null) {
            properties.forEach((name, property) -> check(where + "." + name, property, unbounded));
        }
    }
}
