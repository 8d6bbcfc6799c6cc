package dev.portside.domain.event.port;

import dev.portside.domain.event.DomainEvent;

/**
 * Where use cases put the events of their changes. Writing side of the outbox; the delivery reads it
 * through {@link OutboxFeed}.
 */
public interface Outbox {

    /**
     * Adds the event to the unit of work running on this thread: it is stored if and only if the unit
     * commits, with an id above every event committed before it, and a unit that is rerun writes only
     * the events of its last run. Events of one unit are stored in the order they were appended.
     * Must be called inside a unit of work.
     */
    void append(DomainEvent event);
}
