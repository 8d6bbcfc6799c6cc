package dev.portside.adapters.mongo.shared;

import com.mongodb.MongoException;
import dev.portside.domain.shared.VersionConflictException;
import io.micronaut.data.exceptions.OptimisticLockException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The optimistic save every aggregate shares: version 0 inserts, any other version replaces the stored
 * document only while it still carries that version; either way the stored version becomes one more.
 * A stale version, an update of a document that was never stored and a second insert of one id are all
 * {@link VersionConflictException}; other unique-index clashes go to the caller's translation.
 */
public final class VersionedDocuments {

    private static final String ID_INDEX = "_id_";

    private VersionedDocuments() {}

    /**
     * Saves through a Micronaut Data repository: {@code insert} for a new aggregate, {@code update}
     * ({@code @Version} compare-and-replace) otherwise; returns what the repository stored.
     */
    public static <D> D save(
            long aggregateVersion,
            D document,
            UnaryOperator<D> insert,
            UnaryOperator<D> update,
            String what,
            Function<RuntimeException, RuntimeException> uniqueClash) {
        try {
            return aggregateVersion == 0 ? insert.apply(document) : update.apply(document);
        } catch (OptimisticLockException stale) {
            throw new VersionConflictException(what);
        } catch (RuntimeException failure) {
            RuntimeException mongo = mongoCause(failure);
            if (MongoFailures.isDuplicateKey(mongo, ID_INDEX) || MongoFailures.isDuplicateKey(mongo, "_id ")) {
                throw new VersionConflictException(what);
            }
            if (MongoFailures.isDuplicateKey(mongo)) {
                throw uniqueClash.apply(mongo);
            }
            throw failure;
        }
    }

    public static <D> D save(
            long aggregateVersion, D document, UnaryOperator<D> insert, UnaryOperator<D> update, String what) {
        return save(aggregateVersion, document, insert, update, what, failure -> failure);
    }

    /** The driver's exception, whether Micronaut Data passed it through or wrapped it. */
    private static RuntimeException mongoCause(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoException mongo) {
                return mongo;
            }
        }
        return failure;
    }
}
