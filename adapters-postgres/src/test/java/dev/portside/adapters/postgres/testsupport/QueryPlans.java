package dev.portside.adapters.postgres.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * EXPLAINs statements exactly as an adapter executed them (SQL and parameters captured by
 * {@link StatementRecorder}), so a plan test cannot drift from the adapter's real queries.
 */
public final class QueryPlans {

    private QueryPlans() {}

    public static String explain(StatementRecorder.Executed statement) {
        try (Connection connection = TestPostgres.database().connect();
                PreparedStatement explain = connection.prepareStatement("explain (format text) " + statement.sql())) {
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet lines = explain.executeQuery()) {
                while (lines.next()) {
                    plan.append(lines.getString(1)).append('\n');
                }
            }
            return plan.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot explain: " + statement.sql(), e);
        }
    }

    /** Runs SQL on a connection of its own (seeding, ANALYZE), outside the application's pool. */
    public static void run(String... sql) {
        try (Connection connection = TestPostgres.database().connect()) {
            for (String statement : sql) {
                try (PreparedStatement prepared = connection.prepareStatement(statement)) {
                    prepared.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + String.join("; ", sql), e);
        }
    }

    public static String describe(List<StatementRecorder.Executed> statements) {
        return statements.stream().map(StatementRecorder.Executed::sql).collect(Collectors.joining("\n---\n"));
    }
}
