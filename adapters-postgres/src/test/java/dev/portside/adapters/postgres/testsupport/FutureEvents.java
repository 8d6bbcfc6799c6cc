package dev.portside.adapters.postgres.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Events of a type this build does not know, stored straight into {@code outbox_events} as a newer
 * version of the service would write them during a rolling deploy: one insert in a transaction of its
 * own, without a position, numbered by the next read (V7__outbox_numbered_after_commit.sql).
 */
public final class FutureEvents {

    private static final String INSERT = "insert into outbox_events (type, aggregate_id, topic, audience, payload)"
            + " select ?, gen_random_uuid(), ?, 'everyone', cast('{\"from\":\"a newer version\"}' as json)"
            + " from generate_series(1, ?)";

    private FutureEvents() {}

    /** Stores {@code count} public events of {@code type} on {@code topic} (not checked: a future topic). */
    public static void store(String type, String topic, int count) {
        try (Connection connection = TestPostgres.database().connect();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, type);
            insert.setString(2, topic);
            insert.setInt(3, count);
            int stored = insert.executeUpdate();
            if (stored != count) {
                throw new IllegalStateException("stored " + stored + " of " + count + " events");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing events of type " + type + " failed", e);
        }
    }
}
