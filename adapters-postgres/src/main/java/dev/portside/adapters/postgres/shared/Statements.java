package dev.portside.adapters.postgres.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** The few JDBC chores every PostgreSQL adapter shares. */
public final class Statements {

    private Statements() {
    }

    /** Prepares {@code sql} with positional parameters, closing the statement if binding fails. */
    public static PreparedStatement prepare(Connection connection, String sql, List<?> params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * {@code %text%} for {@code like} against a lower-cased column: user text is lower-cased and matched
     * literally, its pattern characters escaped (backslash is LIKE's default escape character).
     */
    public static String containsPattern(String text) {
        return "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
