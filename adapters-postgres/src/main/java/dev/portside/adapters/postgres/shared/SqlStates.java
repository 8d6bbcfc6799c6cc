package dev.portside.adapters.postgres.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads PostgreSQL's SQLSTATE codes out of whatever exception chain the data layer produced. */
public final class SqlStates {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String CHECK_VIOLATION = "23514";
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlStates() {}

    /**
     * 40001 serialization failure, 40P01 deadlock, 57P01 admin shutdown (a killed backend) and the
     * 08 class (connection exceptions): rerunning the whole transaction can succeed.
     */
    public static boolean isTransient(Throwable failure) {
        return sqlState(failure)
                .map(state -> state.equals("40001")
                        || state.equals("40P01")
                        || state.equals("57P01")
                        || state.startsWith("08"))
                .orElse(false);
    }

    /**
     * PostgreSQL answered that it rolled the transaction back (class 40: serialization failure,
     * deadlock, ...): even when this is the answer to COMMIT, nothing of the transaction is durable.
     */
    public static boolean isDefiniteRollback(Throwable failure) {
        return sqlState(failure).map(state -> state.startsWith("40")).orElse(false);
    }

    /**
     * A failure of the storage rather than of the statement: a lost or refused connection, a pool
     * timeout, a server shutting down, out of resources, a lock or statement timeout. Data, integrity
     * and syntax errors (classes 22, 23, 42) are the statement's own fault and are not included.
     */
    public static boolean isStorageFailure(Throwable failure) {
        Optional<String> state = sqlState(failure);
        if (state.isEmpty()) {
            return hasSqlException(failure);
        }
        String code = state.get();
        return !(code.startsWith("22") || code.startsWith("23") || code.startsWith("42"));
    }

    private static boolean hasSqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** The name of the constraint a failure violated, when the failure is a constraint violation. */
    public static Optional<String> violatedConstraint(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException psql && sqlState.equals(psql.getSQLState())) {
                return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
            }
        }
        return Optional.empty();
    }
}
