package dev.portside.bootstrap;

/**
 * Starts the service; with no PostgreSQL configured it first starts an embedded one. An invalid
 * setting stops the start with one line naming it ({@link PortsideMicronaut}).
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        java.util.Map<String, Object> database;
        try {
            database = EmbeddedPostgresLauncher.startIfNoDatabaseConfigured(System.getenv());
        } catch (EmbeddedPostgresLauncher.DataDirectoryInUse e) {
            System.err.println("portside: " + e.getMessage());
            System.exit(PortsideMicronaut.INVALID_SETTING);
            return;
        }
        PortsideMicronaut.launcher(args)
                .mainClass(Application.class)
                .properties(database)
                .start();
    }
}
