package dev.portside.adapters.postgres.shared;

import dev.portside.application.shared.StorageProbe;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Borrows a pooled connection and checks that the server answers on it. */
@Singleton
@PostgresAdapter
final class PostgresStorageProbe implements StorageProbe {

    private static final int VALIDATION_SECONDS = 1;

    private final DataSource pool;

    PostgresStorageProbe(DataSource dataSource) {
        // the pool itself: the injected bean only hands out the current transaction's connection
        this.pool = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    public void ping() {
        try (Connection connection = pool.getConnection()) {
            if (!connection.isValid(VALIDATION_SECONDS)) {
                throw new DataAccessException("PostgreSQL did not answer on a pooled connection");
            }
        } catch (SQLException e) {
            throw new DataAccessException("no connection to PostgreSQL", e);
        }
    }
}
