package dev.portside.bootstrap.migration;

import dev.portside.adapters.mongo.shared.MongoStorage;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * One backend started on its own: an application context of that configuration only, so the two
 * sides of a migration share no bean (no pool, client, cache or unit of work), plus its ports.
 */
final class BackendContext implements AutoCloseable {

    private final Backend backend;
    private final ApplicationContext context;
    private final BackendPorts ports;
    private final NativeReads natives;

    private BackendContext(Backend backend, ApplicationContext context) {
        this.backend = backend;
        this.context = context;
        this.ports = BackendPorts.of(context);
        this.natives = switch (backend) {
            case POSTGRES ->
                new PostgresNativeReads(context.getBean(Argument.of(TransactionOperations.class, Connection.class)));
            case MONGO -> new MongoNativeReads(context.getBean(MongoStorage.class));
        };
    }

    /**
     * Starts the backend's configuration (its environments, the usual configuration files and
     * environment variables) with {@code properties} on top. No Redis: a migration writes storage
     * directly, and the environment is not deduced, so nothing of the other backend starts.
     */
    static BackendContext start(Backend backend, Map<String, Object> properties) {
        if (backend == Backend.POSTGRES && !postgresUrlGiven(properties)) {
            // the pool is created eagerly, so the context would fail to start with a less helpful message
            throw new MigrateData.Refusal("the postgres side needs its server: set DATASOURCES_DEFAULT_URL "
                    + "(and _USERNAME, _PASSWORD); the command never starts an embedded PostgreSQL");
        }
        Map<String, Object> all = new HashMap<>();
        // the adapters' start-up chatter would bury the progress and the verification table
        all.put("logger.levels.root", "WARN");
        // a migration issues no tokens: the random-secret warning would only confuse
        all.put("logger.levels.dev.portside.adapters.http.security.JwtSecret", "ERROR");
        // an unreachable MongoDB fails the start in seconds, not after the driver's 30 s default
        all.put("mongodb.cluster.server-selection-timeout", "5s");
        // a copy must write only what it copies: no bootstrap admin, even when the environment configures one
        all.put("app.bootstrap-admin.username", "");
        all.put("app.bootstrap-admin.email", "");
        all.put("app.bootstrap-admin.password", "");
        // nor does it delete old events from either side's outbox (the retention job)
        all.put("portside.events.cleanup-enabled", "false");
        all.putAll(properties);
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(backend.environments())
                .properties(all)
                .start();
        try {
            return new BackendContext(backend, context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private static boolean postgresUrlGiven(Map<String, Object> properties) {
        String variable = System.getenv("DATASOURCES_DEFAULT_URL");
        return properties.containsKey("datasources.default.url")
                || System.getProperty("datasources.default.url") != null
                || (variable != null && !variable.isBlank());
    }

    Backend backend() {
        return backend;
    }

    BackendPorts ports() {
        return ports;
    }

    NativeReads natives() {
        return natives;
    }

    @Override
    public void close() {
        context.close();
    }
}
