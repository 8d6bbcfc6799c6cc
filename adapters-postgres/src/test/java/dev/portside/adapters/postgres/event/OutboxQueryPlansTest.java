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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The outbox's reads, the retention delete and the numbering as the adapter sends them, over 100,000
 * numbered and analyzed events: the reads go by the position index, the delete by the primary key,
 * none scans the table, and numbering a few new events reads a few pages, not every event numbered
 * before (V7__outbox_numbered_after_commit.sql). Autovacuum is off for the table meanwhile, as on a
 * busy table between its rare vacuums, so the dead index entries of the numbered events stay.
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
        QueryPlans.run(
                "alter table outbox_events set (autovacuum_enabled = false)",
                """
                insert into outbox_events (type, aggregate_id, topic, audience, owner_id, payload, stored_at)
                select 'post.published', gen_random_uuid(), 'posts', 'everyone', null, '{}',
                       timestamptz '2025-01-01' + g * interval '1 second'
                  from generate_series(1, 100000) g
                """,
                "select outbox_events_number()",
                "analyze outbox_events");
    }

    @AfterAll
    void vacuumAgain() {
        QueryPlans.run("alter table outbox_events reset (autovacuum_enabled)");
    }

    private String explainTheOnlyStatement(Runnable port) {
        recorder.clear();
        port.run();
        List<StatementRecorder.Executed> executed = recorder.executed();
        assertThat(executed).as(QueryPlans.describe(executed)).hasSize(1);
        return QueryPlans.explain(executed.get(0));
    }

    /** The statement a port sent after numbering (every read numbers first), explained. */
    private String explainTheStatementAfterNumbering(Runnable port) {
        recorder.clear();
        port.run();
        List<StatementRecorder.Executed> executed = recorder.executed();
        assertThat(executed).as(QueryPlans.describe(executed)).hasSize(2);
        assertThat(executed.get(0).sql()).contains("outbox_events_number()");
        return QueryPlans.explain(executed.get(1));
    }

    @Test
    void read_after_walks_the_position_index() {
        long middle = feed.lastId() / 2;
        String plan = explainTheStatementAfterNumbering(() -> feed.readAfter(middle, 500));

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_events_position");
    }

    @Test
    void last_id_reads_the_end_of_the_position_index() {
        String plan = explainTheStatementAfterNumbering(feed::lastId);

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_events_position");
    }

    @Test
    void numbering_new_events_reads_a_few_pages_however_many_were_numbered_before() {
        String threeEvents = """
                insert into outbox_events (type, aggregate_id, topic, audience, owner_id, payload)
                select 'post.published', gen_random_uuid(), 'posts', 'everyone', null, '{}'
                  from generate_series(1, 3)
                """;
        // numbered once before it is measured, so the function's plans are made and cached
        List<String> plan = QueryPlans.query(
                threeEvents,
                "select outbox_events_number()",
                threeEvents,
                "explain (analyze, buffers, costs off) select outbox_events_number()");

        // about 40 pages here; scanning from the start of the unnumbered-events index instead of the
        // horizon reads about 1,300 (every dead entry of the 100,000 numbered events and its heap page)
        assertThat(QueryPlans.sharedBuffers(plan)).as(String.join("\n", plan)).isLessThan(200);
    }

    @Test
    void the_retention_delete_walks_the_positions_from_the_oldest() {
        String plan =
                explainTheOnlyStatement(() -> feed.deleteStoredBefore(Instant.parse("2025-01-01T00:10:00Z"), 100));

        assertThat(plan).doesNotContain("Seq Scan").contains("outbox_events_pkey");
    }
}
