package dev.portside.bootstrap;

/**
 * Starts the service; with no PostgreSQL configured it first starts an embedded one. An invalid
 * setting stops the start with one line naming it ({@link PortsideMicronaut}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        PortsideMicronaut.launcher(args)
                .mainClass(Application.class)
                .properties(EmbeddedPostgresLauncher.startIfNoDatabaseConfigured(System.getenv()))
                .start();
    }
}
