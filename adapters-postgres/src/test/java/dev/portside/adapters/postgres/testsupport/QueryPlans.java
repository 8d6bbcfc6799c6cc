package dev.portside.adapters.postgres.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * EXPLAINs statements exactly as an adapter executed them (SQL and parameters captured by
 * {@link StatementRecorder}), so a plan test cannot drift from the adapter's real queries.
 */
public final class QueryPlans {

    private static final Pattern SHARED_BUFFERS = Pattern.compile("Buffers: shared(?: hit=(\\d+))?(?: read=(\\d+))?");

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
        query(sql);
    }

    /**
     * Runs SQL on one connection of its own, in order, and returns the rows of the last statement, the
     * first column of each as text (an EXPLAIN's lines).
     */
    public static List<String> query(String... sql) {
        try (Connection connection = TestPostgres.database().connect()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < sql.length; i++) {
                try (PreparedStatement prepared = connection.prepareStatement(sql[i])) {
                    boolean rows = prepared.execute();
                    if (i == sql.length - 1 && rows) {
                        try (ResultSet result = prepared.getResultSet()) {
                            while (result.next()) {
                                lines.add(result.getString(1));
                            }
                        }
                    }
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + String.join("; ", sql), e);
        }
    }

    /** The pages an {@code EXPLAIN (ANALYZE, BUFFERS)} says its top node found in or read into shared buffers. */
    public static long sharedBuffers(List<String> plan) {
        for (String line : plan) {
            Matcher buffers = SHARED_BUFFERS.matcher(line);
            if (buffers.find()) {
                long hit = buffers.group(1) == null ? 0 : Long.parseLong(buffers.group(1));
                long read = buffers.group(2) == null ? 0 : Long.parseLong(buffers.group(2));
                return hit + read;
            }
        }
        throw new IllegalArgumentException("no shared buffers in the plan:\n" + String.join("\n", plan));
    }

    public static String describe(List<StatementRecorder.Executed> statements) {
        return statements.stream().map(StatementRecorder.Executed::sql).collect(Collectors.joining("\n---\n"));
    }
}
