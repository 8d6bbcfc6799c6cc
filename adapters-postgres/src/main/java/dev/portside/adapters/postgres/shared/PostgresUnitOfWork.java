package dev.portside.adapters.postgres.shared;

import dev.portside.domain.shared.RetryingUnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL transaction per unit of work, through Micronaut's transaction operations.
 * Serialization failures, deadlocks and connections lost mid-transaction rerun the whole unit with
 * jittered exponential backoff, so concurrent opposite transfers never surface a deadlock to a caller.
 */
@Singleton
@Requires(beans = DataSource.class)
final class PostgresUnitOfWork extends RetryingUnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresUnitOfWork.class);

    private final TransactionOperations<Connection> transactions;
    private final Duration baseBackoff;
    private final Duration maxBackoff;

    PostgresUnitOfWork(TransactionOperations<Connection> transactions,
                       @Value("${portside.unit-of-work.max-attempts:5}") int maxAttempts,
                       @Value("${portside.unit-of-work.base-backoff:5ms}") Duration baseBackoff,
                       @Value("${portside.unit-of-work.max-backoff:200ms}") Duration maxBackoff) {
        super(maxAttempts);
        this.transactions = transactions;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    protected <T> T runAtomically(Supplier<T> work) {
        // When the connection died (Hikari evicts it on 57P01/08xxx), Micronaut's cleanup after the
        // rollback fails too ("Connection is closed") and its exception replaces the work's own; keep
        // the work's failure, which says why, with the cleanup failure suppressed on it.
        AtomicReference<RuntimeException> workFailure = new AtomicReference<>();
        try {
            return transactions.execute(TransactionDefinition.DEFAULT, status -> {
                try {
                    return work.get();
                } catch (RuntimeException failure) {
                    workFailure.set(failure);
                    throw failure;
                }
            });
        } catch (RuntimeException failure) {
            RuntimeException own = workFailure.get();
            if (own != null && own != failure) {
                own.addSuppressed(failure);
                throw own;
            }
            throw failure;
        }
    }

    @Override
    protected boolean isTransient(Throwable failure) {
        // ConnectionException: no connection could be had or reset, e.g. the commit ran on a killed
        // backend and the cleanup then found the connection evicted; nothing was committed by it
        return super.isTransient(failure) || SqlStates.isTransient(failure)
                || causeOfType(failure, ConnectionException.class) != null;
    }

    @Override
    protected void pauseBeforeRetry(int retry) {
        sleepWithFullJitter(retry, baseBackoff, maxBackoff);
    }

    @Override
    protected void hookFailed(RuntimeException failure) {
        // the unit has committed; a failing hook (e.g. a cache eviction) must not turn that into an error
        LOG.warn("after-commit hook failed; the unit of work itself committed", failure);
    }
}
