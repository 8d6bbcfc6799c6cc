-- Outbox events get their position after they commit (issue 14, ADR 21), instead of taking their ids
-- under a lock held until commit (V6), which made every event-writing commit wait for the previous one.
--
-- Writers insert with no position and take no lock. outbox_events_number(), run by the writing
-- instance after each event-writing commit and by every reader before it reads, gives the committed
-- rows that have none the next positions, in insert (id) order, one numbering at a time under an
-- advisory lock. Positions become visible with the numbering's commit, all at once and above every
-- earlier one, so a reader that has seen position n has seen, or will never see, everything below n:
-- the promise V6's ids gave. Readers, resume points (Last-Event-ID) and the retention go by position;
-- events stored before this migration keep their id as their position, so resume points stay valid.
--
-- Finding the unnumbered rows must not get slower the longer the service runs: every numbered row
-- leaves a dead entry in the partial index below until VACUUM, and a scan from the index's start would
-- walk all of them. So each row records its writer's transaction id, and the numbering scans only from
-- a horizon: the oldest transaction still running when the last numbering that numbered something
-- began. Every transaction below it had ended by then, so its rows, if it committed, were numbered
-- then. A transaction left open holds the horizon back; that makes the scan longer, never wrong.

alter table outbox_events
    add column position   bigint,
    add column writer_xid xid8 not null default pg_current_xact_id();

update outbox_events set position = id;

create unique index outbox_events_position on outbox_events (position) where position is not null;
create index outbox_events_unnumbered on outbox_events (writer_xid) where position is null;

drop trigger outbox_events_commit_order on outbox_events;
drop function outbox_events_take_commit_order();
drop trigger outbox_events_notify on outbox_events;
drop function outbox_events_notify();

-- one row: the horizon described above
create table outbox_numbering (
    only_row boolean primary key default true,
    horizon  xid8    not null,
    constraint outbox_numbering_one_row check (only_row)
);

insert into outbox_numbering (horizon) values (pg_snapshot_xmin(pg_current_snapshot()));

-- Returns how many events it numbered. Blocks while another numbering runs: one that gave up instead
-- could leave a commit it did not see unnumbered until the next read.
create function outbox_events_number() returns integer
    language plpgsql as $$
declare
    horizon_now xid8;
    numbered    integer;
begin
    -- under REPEATABLE READ the snapshot would be taken before the lock, and see an older max(position)
    if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'outbox_events_number() needs READ COMMITTED, not %', current_setting('transaction_isolation');
    end if;
    perform pg_advisory_xact_lock(hashtextextended('portside.outbox_events.numbering', 0));
    -- Read COMMITTED: each statement below takes a snapshot of its own, after the lock and after this
    -- one, so every transaction below horizon_now has ended and, if it committed, is seen by the update
    select pg_snapshot_xmin(pg_current_snapshot()) into horizon_now;
    with last as (
        select coalesce(max(position), 0) as position from outbox_events where position is not null
    ), pending as (
        select e.id, row_number() over (order by e.id) as n
          from outbox_events e
         where e.position is null
           and e.writer_xid >= (select horizon from outbox_numbering)
    )
    update outbox_events e
       set position = last.position + pending.n
      from last, pending
     where e.id = pending.id;
    get diagnostics numbered = row_count;
    if numbered > 0 then
        update outbox_numbering set horizon = greatest(horizon, horizon_now);
        -- delivered to every LISTENing instance when, and only if, this numbering commits
        perform pg_notify('portside_outbox', '');
    end if;
    return numbered;
end
$$;
