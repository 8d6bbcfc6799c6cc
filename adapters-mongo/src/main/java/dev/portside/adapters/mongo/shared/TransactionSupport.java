package dev.portside.adapters.mongo.shared;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

/**
 * Whether a MongoDB deployment can run multi-document transactions, read from its {@code hello} reply:
 * a replica-set member or a mongos router that supports sessions can; a standalone server (and the
 * in-process test server) cannot.
 */
public record TransactionSupport(boolean available, String deployment) {

    private static final int COMMAND_NOT_FOUND = 59;

    public static TransactionSupport of(Document hello) {
        boolean sessions = hello.get("logicalSessionTimeoutMinutes") != null;
        if (hello.getString("setName") != null) {
            return new TransactionSupport(sessions, "replica set " + hello.getString("setName"));
        }
        if ("isdbgrid".equals(hello.getString("msg"))) {
            return new TransactionSupport(sessions, "sharded cluster (mongos)");
        }
        return new TransactionSupport(false, "standalone server");
    }

    public static TransactionSupport probe(MongoClient client) {
        MongoDatabase admin = client.getDatabase("admin");
        try {
            return of(admin.runCommand(new Document("hello", 1)));
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != COMMAND_NOT_FOUND) {
                throw e;
            }
            // servers before 4.4 (and the in-process test server) only know the older spelling
            return of(admin.runCommand(new Document("isMaster", 1)));
        }
    }
}
