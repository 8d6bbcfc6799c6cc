package dev.portside.adapters.mongo.shared;

import com.mongodb.ConnectionString;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database this service stores in, and the client session of the unit of work running on the
 * current thread. Repositories reach their collections through {@link #collection}, which joins that
 * session, so every read and write of a unit runs in its transaction without being passed around.
 */
@Singleton
@MongoAdapter
public final class MongoStorage {

    static final String DEFAULT_DATABASE = "portside";

    private final MongoClient client;
    private final MongoDatabase database;
    private final ThreadLocal<ClientSession> currentSession = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> compensations = new ThreadLocal<>();

    MongoStorage(MongoClient client, @Value("${mongodb.uri}") String uri) {
        this.client = client;
        String name = new ConnectionString(uri).getDatabase();
        this.database = client.getDatabase(name == null || name.isBlank() ? DEFAULT_DATABASE : name);
    }

    public MongoDatabase database() {
        return database;
    }

    public BoundCollection collection(String name) {
        return new BoundCollection(database.getCollection(name), this::currentSession);
    }

    /** The session of the unit of work on this thread; empty outside a unit or without transactions. */
    public Optional<ClientSession> currentSession() {
        return Optional.ofNullable(currentSession.get());
    }

    /**
     * Without transactions (the in-process test server) a failed unit cannot roll back; a write that
     * must not outlive a failed unit registers its undo here, and the unit of work runs it when the
     * work throws. Inside a transaction this does nothing: the abort undoes the write.
     */
    public void compensateOnFailure(Runnable undo) {
        List<Runnable> pending = compensations.get();
        if (pending != null && currentSession.get() == null) {
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

    void bind(ClientSession session) {
        currentSession.set(session);
    }

    void unbind() {
        currentSession.remove();
    }
}
