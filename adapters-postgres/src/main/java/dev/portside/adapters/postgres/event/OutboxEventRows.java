package dev.portside.adapters.postgres.event;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code outbox_events} table. A unit's events go in as one statement (arrays, unnested in their
 * order, so ids follow the order of the appends), with no position; {@link #number} gives committed
 * events their positions (V7__outbox_numbered_after_commit.sql), and everything read goes by position.
 * {@code UUID[]} parameters are bound as objects (pgjdbc sends them as {@code uuid[]}, as for the
 * account locks, ADR 13).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxEventRows extends GenericRepository<OutboxEventRow, Long> {

    @Query("""
            insert into outbox_events (type, aggregate_id, topic, audience, owner_id, payload)
            select e.type, e.aggregate_id, e.topic, e.audience, e.owner_id, e.payload
              from unnest(cast(:types as text[]), cast(:aggregateIds as uuid[]), cast(:topics as text[]),
                          cast(:audiences as text[]), cast(:ownerIds as uuid[]), cast(:payloads as json[]))
                   with ordinality as e(type, aggregate_id, topic, audience, owner_id, payload, n)
             order by e.n
            """)
    int insertAll(
            String[] types,
            @TypeDef(type = DataType.OBJECT) UUID[] aggregateIds,
            String[] topics,
            String[] audiences,
            @TypeDef(type = DataType.OBJECT) UUID[] ownerIds,
            String[] payloads);

    /** Numbers the committed events that have no position yet; returns how many it numbered. */
    @Query("select outbox_events_number()")
    int number();

    @Query("""
            select id, position, type, aggregate_id, topic, audience, owner_id, payload, stored_at
              from outbox_events
             where position > :afterPosition
             order by position
             limit :limit
            """)
    List<OutboxEventRow> findAfter(long afterPosition, int limit);

    @Query("select coalesce(max(position), 0) from outbox_events where position is not null")
    long lastPosition();

    // oldest first, only numbered rows, never the newest: its position is where a restarted hub starts
    // (OutboxFeed#lastId)
    @Query("""
            delete from outbox_events
             where id in (select id from outbox_events
                           where stored_at < :cutoff
                             and position < (select max(position) from outbox_events where position is not null)
                           order by position
                           limit :limit)
            """)
    int deleteStoredBefore(Instant cutoff, int limit);
}
