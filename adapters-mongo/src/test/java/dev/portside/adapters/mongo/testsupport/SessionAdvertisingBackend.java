package dev.portside.adapters.mongo.testsupport;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;

/**
 * mongo-java-server's in-memory backend, announcing logical sessions in its handshake. The MongoDB
 * driver uses (implicit) sessions only when the server announces them, as every real server does, and
 * Micronaut Data MongoDB fails without them; with this reply CRUD, finders, aggregations and indexes
 * run the way they do against a real server. Transactions still do not exist here:
 * never take a test of atomicity on this server as evidence (docs/architecture.md, "Libraries and pins").
 */
final class SessionAdvertisingBackend extends MemoryBackend {

    private static final Set<String> HANDSHAKES = Set.of("hello", "ismaster", "isMaster");

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        // the server predates "hello" (MongoDB 4.4+); answer it like its older spelling
        String known = command.equals("hello") ? "isMaster" : command;
        Document reply = super.handleCommand(channel, databaseName, known, query);
        if (HANDSHAKES.contains(command)) {
            reply.put("logicalSessionTimeoutMinutes", 30);
        }
        return reply;
    }
}
