package dev.portside.adapters.mongo.event;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoDeployment;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.application.event.OutboxWatch;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A change stream on {@code outbox_events} (inserts only), in one thread per watch: it reports an
 * insert once its transaction committed (change streams show only majority-committed changes), on
 * every instance. Change streams need a replica set; without one (the in-process test server) there is
 * no watch and the delivery polls. A broken stream is reopened with backoff, and the watch fires once
 * after every (re)open.
 */
@Singleton
@MongoAdapter
final class MongoOutboxWatch implements OutboxWatch {

    private static final Logger LOG = LoggerFactory.getLogger(MongoOutboxWatch.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final MongoStorage storage;
    private final MongoDeployment deployment;

    MongoOutboxWatch(MongoStorage storage, MongoDeployment deployment) {
        this.storage = storage;
        this.deployment = deployment;
    }

    @Override
    public AutoCloseable watch(Runnable onChange) {
        if (!deployment.supportsTransactions()) {
            LOG.info("MongoDB {} has no change streams: event delivery polls the outbox", deployment.deployment());
            return () -> {};
        }
        Streamer streamer = new Streamer(onChange);
        Thread thread = new Thread(streamer, "portside-outbox-change-stream");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            streamer.running = false;
            thread.interrupt();
            thread.join(Duration.ofSeconds(5).toMillis());
        };
    }

    private final class Streamer implements Runnable {

        private final Runnable onChange;
        private volatile boolean running = true;

        Streamer(Runnable onChange) {
            this.onChange = onChange;
        }

        @Override
        public void run() {
            int failures = 0;
            while (running) {
                try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = storage.database()
                        .getCollection(MongoOutbox.COLLECTION)
                        .watch(List.of(Aggregates.match(Filters.eq("operationType", "insert"))))
                        .maxAwaitTime(1, TimeUnit.SECONDS)
                        .cursor()) {
                    failures = 0;
                    onChange.run();
                    while (running) {
                        if (cursor.tryNext() != null) {
                            onChange.run();
                        }
                    }
                } catch (RuntimeException failure) {
                    if (!running) {
                        return;
                    }
                    if (failures++ == 0) {
                        LOG.warn(
                                "outbox change stream lost ({}); delivery falls back on polling until it is back",
                                failure.getMessage());
                    }
                    try {
                        Thread.sleep(Math.min(MAX_BACKOFF.toMillis(), 100L << Math.min(failures, 6)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
