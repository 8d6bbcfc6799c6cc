package dev.portside.adapters.mongo.testsupport;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;

/**
 * mongo-java-server's in-memory backend, announcing logical sessions in its handshake. The MongoDB
 * driver and Micronaut Data attach a session id to operations only when the server announces them;
 * with this reply CRUD, finders, aggregations and indexes work. Transactions still do not exist here:
 * never take a test of atomicity on this server as evidence (STACK.md).
 */
final class SessionAdvertisingBackend extends MemoryBackend {

    private static final Set<String> HANDSHAKES = Set.of("hello", "ismaster", "isMaster");

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document reply = super.handleCommand(channel, databaseName, command, query);
        if (HANDSHAKES.contains(command)) {
            reply.put("logicalSessionTimeoutMinutes", 30);
        }
        return reply;
    }
}
