package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresLauncherTest {

    @Test
    void starts_embedded_when_nothing_is_configured() {
        assertThat(EmbeddedPostgresLauncher.needsEmbedded(Map.of(), false)).isTrue();
    }

    @Test
    void a_configured_url_means_no_embedded_server() {
        assertThat(EmbeddedPostgresLauncher.needsEmbedded(
                Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db:5432/portside"), false)).isFalse();
        assertThat(EmbeddedPostgresLauncher.needsEmbedded(Map.of(), true)).isFalse();
    }

    @Test
    void the_mongo_environment_never_starts_postgres() {
        assertThat(EmbeddedPostgresLauncher.needsEmbedded(Map.of("MICRONAUT_ENVIRONMENTS", "redis, mongo"), false))
                .isFalse();
    }

    @Test
    void data_directory_defaults_under_home_and_can_be_configured() {
        assertThat(EmbeddedPostgresLauncher.dataDirectory(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".portside", "postgres"));
        assertThat(EmbeddedPostgresLauncher.dataDirectory(
                Map.of(EmbeddedPostgresLauncher.DATA_DIR_VARIABLE, "/srv/portside/pg")))
                .isEqualTo(Path.of("/srv/portside/pg"));
    }
}
