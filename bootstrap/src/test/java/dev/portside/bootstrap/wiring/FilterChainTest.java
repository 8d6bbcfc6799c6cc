package dev.portside.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.reader.TokenReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.DefaultRouter;
import io.micronaut.web.router.FilterRoute;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every HTTP filter of the service applies to every request and decides inside itself whether it has
 * anything to do. Micronaut's router keeps such filters in one list, sorted once; a single filter with
 * a path pattern other than {@code /**}, an HTTP method list or a filter-matcher annotation makes it
 * match every filter's patterns and sort the whole list again on each request (measured: 14% of the
 * event loop's time on {@code GET /api/users/{id}}, ADR 18). The router has no public view of its
 * filter lists, so this reads the field in which it keeps the filters it matches per request.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilterChainTest implements OnTestPostgres {

    @Inject
    Router router;

    @Inject
    List<TokenReader<HttpRequest<?>>> readers;

    @Inject
    List<HttpServerFilter> legacyFilters;

    @Test
    void no_filter_is_matched_per_request() throws ReflectiveOperationException {
        assertThat(filters("preconditionFilterRoutes")).isEmpty();
    }

    @Test
    void with_tracing_off_no_tracing_filter_runs() throws ReflectiveOperationException {
        assertThat(filters("alwaysMatchesFilterRoutes"))
                .isNotEmpty()
                .noneMatch(filter -> filter.contains("OpenTelemetry"))
                .anyMatch(filter -> filter.contains("AccountCheckFilter"));
    }

    // a legacy filter wraps all that follows it in a reactive pipeline and back, on every request (ADR 18)
    @Test
    void no_legacy_filter_runs_on_a_request() throws ReflectiveOperationException {
        HttpRequest<?> request = HttpRequest.GET("/api/users/me");
        List<String> wouldRun = legacyFilters.stream()
                .filter(filter -> !(filter instanceof ConditionalFilter conditional) || conditional.isEnabled(request))
                .map(filter -> filter.getClass().getName() + "@")
                .toList();
        assertThat(filters("alwaysMatchesFilterRoutes"))
                .noneMatch(filter -> wouldRun.stream().anyMatch(filter::contains));
    }

    @Test
    void security_is_decided_by_the_gate_not_by_micronauts_reactive_filter() throws ReflectiveOperationException {
        assertThat(filters("alwaysMatchesFilterRoutes"))
                .anyMatch(filter -> filter.contains("SecurityGate"))
                .noneMatch(filter -> filter.contains(SecurityFilter.class.getName()));
    }

    // Micronaut's own bearer reader lower-cases the whole header on every request (ADR 18)
    @Test
    void bearer_tokens_are_read_by_the_reader_that_does_not_lower_case_the_header() {
        assertThat(readers)
                .extracting(reader -> reader.getClass().getSimpleName())
                .contains("BearerHeaderReader")
                .doesNotContain("BearerTokenReader");
    }

    /** The filters of one of the router's lists, as text naming each filter's bean. */
    private List<String> filters(String list) throws ReflectiveOperationException {
        assertThat(router).isInstanceOf(DefaultRouter.class);
        Field field = DefaultRouter.class.getDeclaredField(list);
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<FilterRoute> routes = (List<FilterRoute>) field.get(router);
        return routes.stream().map(route -> route.getFilter().toString()).toList();
    }
}
