package dev.portside.adapters.mongo.shared;

import com.mongodb.ConnectionString;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionStatus;
import io.micronaut.data.mongodb.session.MongoConnectionOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The database this service stores in, and the client session of the unit of work running on the
 * current thread. The session is Micronaut Data MongoDB's connection ({@link MongoConnectionOperations}):
 * the unit of work opens it through {@link #inNewSession}, and every {@code @MongoRepository} called
 * inside joins it (Micronaut Data looks the current connection up with the default, "required"
 * propagation), so every read and write of a unit runs in its transaction without being passed around.
 * The few hand-written statements left (ADR 13) reach their collections through {@link #collection},
 * which joins the same session.
 */
@Singleton
@MongoAdapter
public final class MongoStorage {

    static final String DEFAULT_DATABASE = "portside";

    private final MongoClient client;
    private final MongoDatabase database;
    private final MongoConnectionOperations sessions;
    private final ThreadLocal<List<Runnable>> compensations = new ThreadLocal<>();

    MongoStorage(MongoClient client, MongoConnectionOperations sessions, @Value("${mongodb.uri}") String uri) {
        this.client = client;
        this.sessions = sessions;
        String name = new ConnectionString(uri).getDatabase();
        this.database = client.getDatabase(name == null || name.isBlank() ? DEFAULT_DATABASE : name);
    }

    public MongoDatabase database() {
        return database;
    }

    public BoundCollection collection(String name) {
        return new BoundCollection(database.getCollection(name), this::currentSession);
    }

    /** The session of the unit of work on this thread; empty outside a unit. */
    public Optional<ClientSession> currentSession() {
        return sessions.findConnectionStatus().map(ConnectionStatus::getConnection);
    }

    /** Whether the unit of work on this thread runs in a transaction (not so in the test-only mode). */
    public boolean inTransaction() {
        return currentSession().map(ClientSession::hasActiveTransaction).orElse(false);
    }

    /** Runs {@code work} in a new client session that the repositories called inside join. */
    <T> T inNewSession(Function<ClientSession, T> work) {
        return sessions.execute(ConnectionDefinition.REQUIRES_NEW, status -> work.apply(status.getConnection()));
    }

    /**
     * Without transactions (the in-process test server) a failed unit cannot roll back; a write that
     * must not outlive a failed unit registers its undo here, and the unit of work runs it when the
     * work throws. Inside a transaction this does nothing (no list is open): the abort undoes the write.
     */
    public void compensateOnFailure(Runnable undo) {
        List<Runnable> pending = compensations.get();
        if (pending != null) {
            pending.add(undo);
        }
    }

    void beginCompensations() {
        compensations.set(new ArrayList<>());
    }

    void compensate(RuntimeException failure) {
        List<Runnable> pending = compensations.get();
        for (int i = pending.size() - 1; i >= 0; i--) {
            try {
                pending.get(i).run();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure);
            }
        }
    }

    void endCompensations() {
        compensations.remove();
    }

    MongoClient client() {
        return client;
    }
}
