package dev.portside.adapters.postgres.shop;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One SQL statement with its parameters, in the order of its {@code ?} placeholders. The adapters
 * build every statement they run as a Query, so the query-plan test can {@code EXPLAIN} exactly the
 * SQL the adapters execute. Parameters are anything the driver's {@code setObject} takes, plus
 * {@code UUID[]} (bound as a PostgreSQL {@code uuid[]}).
 */
record Query(String sql, List<Object> params) {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    Query {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    static Query of(String sql, Object... params) {
        return new Query(sql, List.of(params));
    }

    <T> List<T> list(Connection connection, Row<T> mapper) {
        try (PreparedStatement statement = prepare(connection);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    long count(Connection connection) {
        return list(connection, row -> row.getLong(1)).get(0);
    }

    /** Runs an insert, update or delete and returns the number of rows it touched. */
    int update(Connection connection) {
        try (PreparedStatement statement = prepare(connection)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Runs this statement once per parameter list, in one round trip. */
    static void batch(Connection connection, String sql, List<List<Object>> paramLists) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> params : paramLists) {
                bind(connection, statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException("shop statement failed: " + firstLine(sql), e);
        }
    }

    private PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(connection, statement, params);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, List<Object> params)
            throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private DataAccessException failed(SQLException e) {
        // the SQLException stays the cause: the unit of work reads its SQLSTATE to decide on a retry
        return new DataAccessException("shop statement failed: " + firstLine(sql), e);
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
