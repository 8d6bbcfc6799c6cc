package dev.portside.bootstrap.health;

import dev.portside.adapters.mongo.shared.MongoDeployment;
import dev.portside.application.shared.StorageProbe;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readiness of the storage (PostgreSQL or MongoDB, through its {@link StorageProbe}) that a load
 * balancer can act on. A background thread probes every {@code probe-interval}; the indicator answers
 * from the probe's last findings without touching the storage, so it answers at once even while the
 * storage hangs. A probe that hangs longer than {@code probe-timeout} counts as a failure. The status
 * turns DOWN only once the storage has been failing for {@code down-after}, so that one killed
 * connection or a quick restart does not make every instance leave the balancer at the same moment.
 * Micronaut's own JDBC indicator, which fails on the first bad connection and blocks while the server
 * hangs, is off. Details: {@code state} (OK, FAILING, DOWN), {@code backend}, {@code roundTripMillis} of
 * the last probe, on MongoDB whether {@code transactions} are available, and while failing since when
 * and the last error's class.
 */
@Singleton
@Readiness
final class StorageReadiness implements HealthIndicator {

    static final String NAME = "storage";
    private static final Logger LOG = LoggerFactory.getLogger(StorageReadiness.class);

    private final StorageProbe storage;
    private final ReadinessSettings settings;
    /** Absent on PostgreSQL. */
    @Nullable
    private final MongoDeployment mongo;

    private final ReadinessState state = new ReadinessState();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "storage-readiness-probe");
        thread.setDaemon(true);
        return thread;
    });

    StorageReadiness(StorageProbe storage, ReadinessSettings settings, @Nullable MongoDeployment mongo) {
        this.storage = storage;
        this.settings = settings;
        this.mongo = mongo;
    }

    @PostConstruct
    void start() {
        prober.scheduleWithFixedDelay(this::probe, 0, settings.probeInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }

    private void probe() {
        Instant started = Instant.now();
        state.probeStarted(started);
        try {
            storage.ping();
            if (state.succeeded(started, Instant.now())) {
                LOG.info("storage reachable again");
            }
        } catch (RuntimeException failure) {
            if (state.failed(started, Instant.now(), failure)) {
                LOG.warn("storage probe failed: {}", failure.toString());
            }
        }
    }

    @Override
    public Publisher<HealthResult> getResult() {
        ReadinessState.Reading reading = state.read(Instant.now(), settings.probeTimeout());
        boolean down = reading.failingFor().compareTo(settings.downAfter()) >= 0;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", reading.failingSince() == null ? "OK" : down ? "DOWN" : "FAILING");
        details.put("backend", mongo == null ? "postgres" : "mongo");
        if (mongo != null) {
            // found out at startup (hello); a standalone server never gets this far (ADR 12)
            details.put("transactions", mongo.supportsTransactions());
            details.put("deployment", mongo.deployment());
        }
        if (reading.lastRoundTrip() != null) {
            details.put("roundTripMillis", reading.lastRoundTrip().toMillis());
        }
        if (reading.failingSince() != null) {
            details.put("failingSince", reading.failingSince().toString());
            details.put("downAfter", settings.downAfter().toString());
            details.put("lastError", reading.lastError());
        }
        return Publishers.just(HealthResult.builder(NAME, down ? HealthStatus.DOWN : HealthStatus.UP)
                .details(details)
                .build());
    }
}
