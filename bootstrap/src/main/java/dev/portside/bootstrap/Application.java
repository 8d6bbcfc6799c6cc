package dev.portside.bootstrap;

import io.micronaut.context.ApplicationContext;
import java.util.Map;

/**
 * Starts the service; with no PostgreSQL configured it first starts an embedded one. An invalid
 * setting stops the start with one line naming it ({@link PortsideMicronaut}). The build starts it once
 * more as a {@link TrainingRun} for the class-data-sharing archive.
 */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Map<String, Object> database;
        try {
            database = EmbeddedPostgresLauncher.startIfNoDatabaseConfigured(System.getenv());
        } catch (EmbeddedPostgresLauncher.DataDirectoryInUse e) {
            System.err.println("portside: " + e.getMessage());
            System.exit(PortsideMicronaut.INVALID_SETTING);
            return;
        }
        ApplicationContext context = PortsideMicronaut.launcher(args)
                .mainClass(Application.class)
                .properties(database)
                .start();
        EmbeddedPostgresLauncher.servedBy(context);
        if (TrainingRun.requested()) {
            TrainingRun.exerciseAndExit(context);
        }
    }
}
