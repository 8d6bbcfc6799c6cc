package dev.portside.adapters.mongo.shared;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoServerException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;

/** Reads the MongoDB failures the adapter reacts to out of the driver's exceptions. */
public final class MongoFailures {

    public static final String TRANSIENT_TRANSACTION_ERROR = MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL;
    public static final String UNKNOWN_COMMIT_RESULT = MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL;

    private static final int WRITE_CONFLICT = 112;

    private MongoFailures() {}

    /**
     * A failure that rerunning the whole unit can cure: the server labelled it a transient transaction
     * error (write conflicts with another transaction, a primary stepping down, ...), or the network or
     * server selection failed before anything committed.
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoException mongo
                    && (mongo.hasErrorLabel(TRANSIENT_TRANSACTION_ERROR) || mongo.getCode() == WRITE_CONFLICT)) {
                return true;
            }
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException) {
                return true;
            }
        }
        return false;
    }

    public static boolean isUnknownCommitResult(MongoException failure) {
        return failure.hasErrorLabel(UNKNOWN_COMMIT_RESULT);
    }

    /** Whether the failure is a unique index violation of the named index. */
    public static boolean isDuplicateKey(Throwable failure, String indexName) {
        return isDuplicateKey(failure) && String.valueOf(failure.getMessage()).contains(indexName);
    }

    /** Whether the failure (or the driver exception Micronaut Data wrapped in it) is a unique index violation. */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoException mongo) {
                return isDuplicateKeyError(mongo);
            }
        }
        return false;
    }

    private static boolean isDuplicateKeyError(MongoException failure) {
        if (failure instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        return failure instanceof MongoServerException server
                && ErrorCategory.fromErrorCode(server.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
