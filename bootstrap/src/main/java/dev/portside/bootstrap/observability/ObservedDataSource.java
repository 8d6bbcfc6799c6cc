package dev.portside.bootstrap.observability;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the application sees it while statements are watched: each connection it hands out is an
 * {@link ObservedConnection}. Unwrapping reaches the pool itself (the readiness check reads Hikari's
 * counters that way).
 */
final class ObservedDataSource implements DataSource {

    private final DataSource delegate;
    private final StatementListener listener;

    ObservedDataSource(DataSource delegate, StatementListener listener) {
        this.delegate = delegate;
        this.listener = listener;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return new ObservedConnection(delegate.getConnection(), listener);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return new ObservedConnection(delegate.getConnection(username, password), listener);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(delegate) ? type.cast(delegate) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(delegate) || delegate.isWrapperFor(type);
    }
}
