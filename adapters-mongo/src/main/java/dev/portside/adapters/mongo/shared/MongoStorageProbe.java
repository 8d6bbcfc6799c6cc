package dev.portside.adapters.mongo.shared;

import dev.portside.application.shared.StorageProbe;
import jakarta.inject.Singleton;
import org.bson.Document;

/** Sends {@code ping} to the service's database (the driver's server selection bounds a hang). */
@Singleton
@MongoAdapter
final class MongoStorageProbe implements StorageProbe {

    private static final Document PING = new Document("ping", 1);

    private final MongoStorage storage;

    MongoStorageProbe(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public void ping() {
        storage.database().runCommand(PING);
    }
}
