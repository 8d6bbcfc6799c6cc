package dev.portside.testkit.shared;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a Docker engine could be configured on this machine at all, decided from the environment
 * and the usual socket paths without talking to anything. Test-server discovery asks this before
 * Testcontainers: Testcontainers logs a multi-line ERROR for every failed probe, and a machine with
 * only a JDK is an expected case, not an error.
 */
public final class DockerEngine {

    private DockerEngine() {}

    public static boolean mightBePresent() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"));
    }
}
