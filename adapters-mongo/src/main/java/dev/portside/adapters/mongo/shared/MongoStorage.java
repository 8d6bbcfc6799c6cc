package dev.portside.adapters.mongo.shared;

import com.mongodb.ConnectionString;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
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
