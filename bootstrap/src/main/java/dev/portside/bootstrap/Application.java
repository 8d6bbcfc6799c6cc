package dev.portside.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts the service; with no PostgreSQL configured it first starts an embedded one. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(EmbeddedPostgresLauncher.startIfNoDatabaseConfigured(System.getenv()))
                .start();
    }
}
