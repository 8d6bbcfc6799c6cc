package dev.portside.bootstrap.health;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;

/**
 * How full the JDBC pool is, from HikariCP's own counters (no connection is borrowed to find out):
 * {@code active}, {@code idle}, {@code pending} (requests waiting for a connection), {@code max} and
 * {@code saturation} (active / max). {@code state} is {@code SATURATED} while requests wait. Always UP:
 * a saturated pool still serves, only slower, and taking the instance out would move its load to the
 * others; whether the database answers is the storage indicator's question.
 */
@Singleton
@Readiness
@Requires(beans = DataSource.class)
final class PoolReadiness implements HealthIndicator {

    static final String NAME = "pool";

    private final DataSource dataSource;
    /** Hikari's counters, once the pool has started (null before). */
    @Nullable
    private volatile HikariPoolMXBean pool;

    PoolReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        HikariPoolMXBean counters = pool();
        if (counters == null) {
            details.put("state", "UNKNOWN");
        } else {
            int active = counters.getActiveConnections();
            int max = maximumPoolSize();
            int pending = counters.getThreadsAwaitingConnection();
            details.put("state", pending > 0 ? "SATURATED" : "OK");
            details.put("active", active);
            details.put("idle", counters.getIdleConnections());
            details.put("pending", pending);
            details.put("max", max);
            details.put("saturation", max == 0 ? 0.0 : Math.round(100.0 * active / max) / 100.0);
        }
        return Publishers.just(
                HealthResult.builder(NAME, HealthStatus.UP).details(details).build());
    }

    private int maximumPoolSize() {
        try {
            return hikari().getMaximumPoolSize();
        } catch (SQLException e) {
            return 0;
        }
    }

    /** The pool's counters; null while the pool has not started or cannot be reached. */
    private @Nullable HikariPoolMXBean pool() {
        HikariPoolMXBean counters = pool;
        if (counters == null) {
            try {
                counters = hikari().getHikariPoolMXBean(); // null until the pool has started
                pool = counters;
            } catch (SQLException e) {
                return null;
            }
        }
        return counters;
    }

    private HikariDataSource hikari() throws SQLException {
        // under Micronaut's transaction-aware wrapper and the statement log's proxy sits the Hikari pool
        return DelegatingDataSource.unwrapDataSource(dataSource).unwrap(HikariDataSource.class);
    }
}
