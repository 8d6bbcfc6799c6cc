package dev.portside.adapters.mongo.shared;

import com.mongodb.MongoException;
import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.TransactionOptions;
import com.mongodb.WriteConcern;
import com.mongodb.client.ClientSession;
import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.shared.CommitOutcomeUnknownException;
import dev.portside.domain.shared.StorageUnavailableException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MongoDB client session and multi-document transaction per unit of work. The session is opened
 * through Micronaut Data MongoDB's connection operations ({@link MongoStorage#inNewSession}), so the
 * {@code @MongoRepository} interfaces join it; the transaction on it is driven here rather than through
 * Micronaut Data's {@code MongoTransactionOperations} so that the two retry rules MongoDB asks for stay
 * visible and bounded (its transaction manager commits once and reports any failure as a plain
 * {@code TransactionSystemException}, losing which of the two rules applies): a {@code TransientTransactionError} reruns the whole unit (with jittered
 * backoff, through {@link RetryingUnitOfWork}); an {@code UnknownTransactionCommitResult} retries only
 * the commit, which the server makes idempotent, because rerunning the work could apply it twice; when
 * those commit retries run out, or the commit fails without either label, the unit fails with
 * {@link CommitOutcomeUnknownException} and is never rerun.
 *
 * <p>Transactions read a majority-committed snapshot and commit with majority write concern, so a
 * committed unit survives a failover and no unit reads what might roll back.
 */
@Singleton
@MongoAdapter
final class MongoUnitOfWork extends RetryingUnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(MongoUnitOfWork.class);

    private static final TransactionOptions TRANSACTION = TransactionOptions.builder()
            .readConcern(ReadConcern.SNAPSHOT)
            .writeConcern(WriteConcern.MAJORITY)
            .readPreference(ReadPreference.primary())
            .build();

    private final MongoStorage storage;
    private final MongoDeployment deployment;
    private final Duration baseBackoff;
    private final Duration maxBackoff;

    MongoUnitOfWork(MongoStorage storage, MongoDeployment deployment, UnitOfWorkSettings settings) {
        super(settings.maxAttempts());
        this.storage = storage;
        this.deployment = deployment;
        this.baseBackoff = settings.baseBackoff();
        this.maxBackoff = settings.maxBackoff();
    }

    @Override
    protected <T> T runAtomically(Supplier<T> work) {
        if (!deployment.supportsTransactions()) {
            return runWithoutTransaction(work);
        }
        return storage.inNewSession(session -> {
            session.startTransaction(TRANSACTION);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException failure) {
                abortQuietly(session, failure);
                throw failure;
            }
            commit(session);
            return result;
        });
    }

    private <T> T runWithoutTransaction(Supplier<T> work) {
        if (!deployment.nonTransactionalAllowed()) {
            // unreachable while MongoDeployment refuses the start; kept so that no path is ever non-atomic
            throw new StorageUnavailableException(
                    "storage cannot run atomic work",
                    new IllegalStateException("MongoDB " + deployment.deployment()
                            + " has no transactions; point MONGODB_URI at a replica set"));
        }
        // test-only mode (MongoDeployment#nonTransactionalAllowed): each write commits on its own, and
        // the few writes that must not outlive a failed unit are undone by compensation
        return storage.inNewSession(session -> {
            storage.beginCompensations();
            try {
                return work.get();
            } catch (RuntimeException failure) {
                storage.compensate(failure);
                throw failure;
            } finally {
                storage.endCompensations();
            }
        });
    }

    private void commit(ClientSession session) {
        for (int attempt = 1; ; attempt++) {
            try {
                session.commitTransaction();
                return;
            } catch (MongoException failure) {
                if (failure.hasErrorLabel(MongoFailures.TRANSIENT_TRANSACTION_ERROR)) {
                    // the server says the transaction did not commit: rerunning the unit is safe
                    abortQuietly(session, failure);
                    throw failure;
                }
                if (!MongoFailures.isUnknownCommitResult(failure) || attempt >= maxAttempts()) {
                    // the commit may have applied: the unit must not run again (ADR 7)
                    LOG.warn("commit outcome unknown after {} attempt(s); the unit is not rerun", attempt, failure);
                    throw new CommitOutcomeUnknownException(failure);
                }
                LOG.debug("commit result unknown, retrying the commit (attempt {})", attempt + 1, failure);
            }
        }
    }

    private static void abortQuietly(ClientSession session, RuntimeException cause) {
        if (!session.hasActiveTransaction()) {
            return;
        }
        try {
            session.abortTransaction();
        } catch (RuntimeException abortFailure) {
            // the server aborts an unfinished transaction on its own; the original failure is what matters
            cause.addSuppressed(abortFailure);
        }
    }

    @Override
    protected boolean isTransient(Throwable failure) {
        return super.isTransient(failure) || MongoFailures.isTransient(failure);
    }

    @Override
    protected String transientCause(Throwable failure) {
        return MongoFailures.isTransient(failure) ? "transient_transaction_error" : "transient";
    }

    @Override
    protected boolean isStorageFailure(Throwable failure) {
        return causeOfType(failure, MongoException.class) != null;
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
