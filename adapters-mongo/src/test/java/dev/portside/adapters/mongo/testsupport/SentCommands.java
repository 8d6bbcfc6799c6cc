package dev.portside.adapters.mongo.testsupport;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonDocument;

/**
 * Records the queries the driver sends (micronaut-mongo registers every {@link CommandListener} bean
 * with the client), so that a test can explain exactly what Micronaut Data sent, not a copy of it.
 */
@Singleton
@Requires(env = "mongo")
public final class SentCommands implements CommandListener {

    private static final Set<String> QUERIES = Set.of("find", "aggregate");

    private final List<BsonDocument> sent = new ArrayList<>();

    @Override
    public synchronized void commandStarted(CommandStartedEvent event) {
        if (QUERIES.contains(event.getCommandName())) {
            sent.add(event.getCommand().clone());
        }
    }

    public synchronized void clear() {
        sent.clear();
    }

    /**
     * The first query ({@code find}, or {@code aggregate}, which Micronaut Data sends for criteria
     * queries) sent to the collection since {@link #clear()}: a page's items come before its count.
     */
    public synchronized Optional<BsonDocument> firstQuery(String collection) {
        for (BsonDocument command : sent) {
            for (String name : QUERIES) {
                if (command.containsKey(name)
                        && command.get(name).isString()
                        && command.getString(name).getValue().equals(collection)) {
                    return Optional.of(command);
                }
            }
        }
        return Optional.empty();
    }
}
