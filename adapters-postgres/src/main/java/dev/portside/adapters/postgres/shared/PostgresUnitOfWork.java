package dev.portside.adapters.postgres.shared;

import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.shared.CommitOutcomeUnknownException;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL transaction per unit of work, through Micronaut's transaction operations; a unit that
 * only reads runs on one connection without a transaction (ADR 23): at READ COMMITTED its statements
 * see what they would see in one, and no COMMIT round trip follows them.
 * Serialization failures, deadlocks and connections lost mid-transaction rerun the whole unit with
 * jittered exponential backoff, so concurrent opposite transfers never surface a deadlock to a caller.
 *
 * <p>A failure after the work returned happened during COMMIT (or the cleanup right after it). Unless
 * PostgreSQL said it rolled the transaction back (class 40), the commit may be durable, so the unit is
 * never rerun: it fails with {@link CommitOutcomeUnknownException} (ADR 7).
 */
@Singleton
@PostgresAdapter
final class PostgresUnitOfWork extends RetryingUnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresUnitOfWork.class);

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final Duration baseBackoff;
    private final Duration maxBackoff;

    PostgresUnitOfWork(
            TransactionOperations<Connection> transactions,
            ConnectionOperations<Connection> connections,
            UnitOfWorkSettings settings) {
        super(settings.maxAttempts());
        this.transactions = transactions;
        this.connections = connections;
        this.baseBackoff = settings.baseBackoff();
        this.maxBackoff = settings.maxBackoff();
    }

    @Override
    protected <T> T runAtomically(Supplier<T> work) {
        AtomicBoolean workReturned = new AtomicBoolean();
        try {
            return preferringTheWorksOwnFailure(
                    work,
                    tracked -> transactions.execute(TransactionDefinition.DEFAULT, status -> {
                        T result = tracked.get();
                        workReturned.set(true);
                        return result;
                    }));
        } catch (RuntimeException failure) {
            if (workReturned.get() && !SqlStates.isDefiniteRollback(failure)) {
                LOG.warn("commit outcome unknown; the unit is not rerun", failure);
                throw new CommitOutcomeUnknownException(failure);
            }
            throw failure;
        }
    }

    @Override
    protected <T> T runReading(Supplier<T> work) {
        // the pool's connections are in auto-commit mode (HikariCP's default): each statement is its own
        // transaction, and as nothing is left to commit, no failure here leaves an outcome unknown
        return preferringTheWorksOwnFailure(
                work, tracked -> connections.execute(ConnectionDefinition.DEFAULT, status -> tracked.get()));
    }

    /**
     * Runs the work through {@code run}. When the connection died (Hikari evicts it on 57P01/08xxx),
     * Micronaut's cleanup after the failure fails too ("Connection is closed") and its exception replaces
     * the work's own; this keeps the work's failure, which says why, with the cleanup failure suppressed
     * on it.
     */
    private static <T> T preferringTheWorksOwnFailure(Supplier<T> work, Function<Supplier<T>, T> run) {
        AtomicReference<RuntimeException> workFailure = new AtomicReference<>();
        try {
            return run.apply(() -> {
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
        if (causeOfType(failure, SQLTransientConnectionException.class) != null) {
            // the pool already waited its connection-timeout for a connection: waiting again only
            // multiplies the caller's wait, so the unit fails at once
            return false;
        }
        // ConnectionException: the connection broke before or while the work ran (commit failures
        // never get here); nothing was committed
        return super.isTransient(failure)
                || SqlStates.isTransient(failure)
                || causeOfType(failure, ConnectionException.class) != null;
    }

    @Override
    protected String transientCause(Throwable failure) {
        return SqlStates.sqlState(failure)
                .map(state -> switch (state) {
                    case "40001" -> "serialization_failure";
                    case "40P01" -> "deadlock";
                    case "57P01" -> "backend_terminated";
                    default -> state.startsWith("08") ? "connection_lost" : "transient";
                })
                .orElse(causeOfType(failure, ConnectionException.class) != null ? "connection_lost" : "transient");
    }

    @Override
    protected boolean isStorageFailure(Throwable failure) {
        return SqlStates.isStorageFailure(failure)
                || causeOfType(failure, ConnectionException.class) != null
                || causeOfType(failure, TransactionException.class) != null;
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
