package dev.portside.adapters.postgres.blog;

import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import static dev.portside.adapters.postgres.shared.Statements.prepare;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The few JDBC chores the blog adapters share: binding, reading rows, timestamps, like patterns. */
final class BlogSql {

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private BlogSql() {
    }

    static <T> List<T> list(Connection connection, String sql, List<?> params, RowReader<T> reader) {
        try (PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            List<T> items = new ArrayList<>();
            while (rows.next()) {
                items.add(reader.read(rows));
            }
            return items;
        } catch (SQLException e) {
            throw new DataAccessException("blog query failed", e);
        }
    }

    static <T> Optional<T> one(Connection connection, String sql, List<?> params, RowReader<T> reader) {
        return list(connection, sql, params, reader).stream().findFirst();
    }

    static long count(Connection connection, String sql, List<?> params) {
        return one(connection, sql, params, row -> row.getLong(1)).orElseThrow();
    }

    /** Runs an insert, update or delete; SQL failures are the caller's to translate. */
    static int update(Connection connection, String sql, List<?> params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
