package dev.portside.adapters.http.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.util.PathMatcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PathScopeTest {

    static Stream<String> paths() {
        return Stream.of(
                "/api",
                "/api/",
                "/api/users",
                "/api/users/0190b3c1-7c1e-7000-8000-000000000001",
                "/apix",
                "/apix/users",
                "/ap",
                "/",
                "",
                "api/users",
                "//api/users",
                "/api//users",
                "/ api/users",
                "/api /users",
                "/\tapi/users",
                "/API/users",
                "/health",
                "/health/readiness",
                "/healthz",
                "/prometheus",
                "/x/api/users",
                "/%61pi/users",
                "/api/../health");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("paths")
    void answers_as_the_ant_pattern_of_the_prefix_would(String path) {
        for (String prefix : new String[] {"/api", "/health"}) {
            assertThat(PathScope.under(prefix).contains(path))
                    .as("%s under %s", path, prefix)
                    .isEqualTo(PathMatcher.ANT.matches(prefix + "/**", path));
        }
    }

    @Test
    void a_prefix_is_a_path_without_a_trailing_slash() {
        assertThatThrownBy(() -> PathScope.under("api")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathScope.under("/api/")).isInstanceOf(IllegalArgumentException.class);
    }
}
