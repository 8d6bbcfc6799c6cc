package dev.portside.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.http.scenarios.ApiClient;
import dev.portside.adapters.http.scenarios.ApiResponse;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The generated OpenAPI document is served, rendered by Swagger UI, and lists exactly the implemented routes. */
@MicronautTest
class OpenApiDocumentTest {

    private static final String DOCUMENT = "/swagger/portside-0.1.0.yml";

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Test
    void the_document_is_served_anonymously_and_lists_every_api_route() {
        ApiResponse document = new ApiClient(server.getURI()).get(DOCUMENT, null);
        assertThat(document.status()).as(document.toString()).isEqualTo(200);

        Map<String, Object> yaml = new Yaml().load(document.body());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) yaml.get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) ->
                operations.keySet().forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        Set<String> implemented = new TreeSet<>();
        router.uriRoutes()
                .map(route -> (UriRouteInfo<?, ?>) route)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .filter(route ->
                        route.getHttpMethod() != HttpMethod.HEAD && route.getHttpMethod() != HttpMethod.OPTIONS)
                .forEach(route -> implemented.add(route.getHttpMethod() + " "
                        + route.getUriMatchTemplate().toPathString()));

        assertThat(implemented).hasSize(38); // 37 REST routes and the event stream (issue 16)
        assertThat(documented).isEqualTo(implemented);
    }

    @Test
    void swagger_ui_renders_the_document() {
        ApiResponse page = new ApiClient(server.getURI()).get("/swagger-ui/index.html", null);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").contains(DOCUMENT);
    }
}
