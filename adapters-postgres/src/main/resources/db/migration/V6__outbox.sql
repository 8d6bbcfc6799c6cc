-- The transactional outbox (issue 16, ADR 21): the events of every unit of work, written in the same
-- transaction as the change they describe, read by every instance's event hub after the last id it saw.
--
-- Ids must increase in COMMIT order, or a reader that has seen id n could later miss an event with a
-- smaller id whose transaction committed after it. An identity value is taken when the row is
-- inserted, not when it commits, so on its own it gives no such promise. The statement trigger below
-- takes a transaction-level advisory lock before the insert takes its ids; the lock is held until the
-- transaction ends, after its commit became visible. The next writer can take ids only then, so every
-- id is above those of all transactions that committed before it, and no reader ever sees an id while
-- a smaller one may still commit. The adapter writes the outbox as the very last statement of a unit
-- (a before-commit action), so the lock is held only for that insert and the COMMIT.

create table outbox_events (
    id           bigint       generated always as identity primary key,
    type         varchar(40)  not null,
    aggregate_id uuid         not null,
    topic        varchar(100) not null,
    -- who may receive the event (the REST rules, decided when it is written): everyone, or the owner and admins
    audience     varchar(20)  not null,
    owner_id     uuid,
    payload      json         not null,
    stored_at    timestamptz  not null default clock_timestamp(),
    constraint outbox_events_audience_known check (audience in ('everyone', 'owner_and_admins')),
    constraint outbox_events_owner_given check ((audience = 'owner_and_admins') = (owner_id is not null))
);

-- readers go by id (the primary key); the retention job deletes the oldest ids first, also by the key

create function outbox_events_take_commit_order() returns trigger
    language plpgsql as $$
begin
    -- one lock for the whole database, held until commit or rollback (ADR 21)
    perform pg_advisory_xact_lock(hashtextextended('portside.outbox_events.commit_order', 0));
    return null;
end
$$;

create trigger outbox_events_commit_order
    before insert on outbox_events
    for each statement execute function outbox_events_take_commit_order();

create function outbox_events_notify() returns trigger
    language plpgsql as $$
begin
    -- delivered to every LISTENing instance when (and only if) the transaction commits; one per
    -- transaction, however many events it wrote (equal notifications are folded into one)
    perform pg_notify('portside_outbox', '');
    return null;
end
$$;

create trigger outbox_events_notify
    after insert on outbox_events
    for each statement execute function outbox_events_notify();
