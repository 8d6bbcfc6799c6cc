package dev.portside.adapters.postgres.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import dev.portside.domain.event.port.OutboxFeed;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox's reads and the retention delete as the adapter sends them, explained over 100,000
 * analyzed events: each goes by the primary key, none scans the table.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxQueryPlansTest implements OnTestPostgres {

    @Inject
    OutboxFeed feed;

    @Inject
    StatementRecorder recorder;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void fill() {
        QueryPlans.run("""
                insert into outbox_events (type, aggregate_id, topic, audience, owner_id, payload, stored_at)
                select 'post.published', gen_random_uuid(), 'posts', 'everyone', null, '{}',
                       timestamptz '2025-01-01' + g * interval '1 second'
                  from generate_series(1, 100000) g
                """, "analyze outbox_events");
    }

    private String explainTheOnlyStatement(Runnable port) {
        recorder.clear();
        port.run();
        List<StatementRecorder.Executed> executed = recorder.executed();
        assertThat(executed).as(QueryPlans.describe(executed)).hasSize(1);
        return QueryPlans.explain(executed.get(0));
    }

    @Test
    void read_after_walks_the_primary_key() {
        long middle = feed.lastId() / 2;
        String plan = explainTheOnlyStatement(() -> feed.readAfter(middle, 500));

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_events_pkey");
    }

    @Test
    void last_id_reads_the_end_of_the_primary_key() {
        String plan = explainTheOnlyStatement(feed::lastId);

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_events_pkey");
    }

    @Test
    void the_retention_delete_walks_the_primary_key_from_the_oldest() {
        String plan =
                explainTheOnlyStatement(() -> feed.deleteStoredBefore(Instant.parse("2025-01-01T00:10:00Z"), 100));

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_events_pkey");
    }
}
