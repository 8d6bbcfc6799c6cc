package dev.portside.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresLauncherTest {

    @Test
    void starts_embedded_when_nothing_is_configured() {
        assertThat(EmbeddedPostgresLauncher.needsEmbedded(Map.of(), false)).isTrue();
    }

    @Test
    void a_configured_url_means_no_embedded_server() {
        assertThat(EmbeddedPostgresLauncher.needsEmbedded(
                        Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db:5432/portside"), false))
                .isFalse();
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

    @Test
    void a_second_instance_on_the_same_data_directory_stops_with_one_line(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start()) {
            ProcessBuilder second = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Application.class.getName()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            second.environment().remove("DATASOURCES_DEFAULT_URL");
            second.environment().remove("MICRONAUT_ENVIRONMENTS");
            second.environment().put(EmbeddedPostgresLauncher.DATA_DIR_VARIABLE, dataDir.toString());
            File errors = dataDir.resolveSibling(dataDir.getFileName() + "-second.err")
                    .toFile();
            second.redirectError(errors);
            Process process = second.start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("the second instance stops by itself")
                    .isTrue();
            String stderr = java.nio.file.Files.readString(errors.toPath(), StandardCharsets.UTF_8)
                    .strip();
            assertThat(process.exitValue()).as(stderr).isEqualTo(PortsideMicronaut.INVALID_SETTING);
            assertThat(stderr.lines()).as(stderr).hasSize(1);
            assertThat(stderr).contains("is in use by another process", EmbeddedPostgresLauncher.DATA_DIR_VARIABLE);
        }
    }
}
