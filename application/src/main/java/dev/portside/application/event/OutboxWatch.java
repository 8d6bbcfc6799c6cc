package dev.portside.application.event;

/**
 * Tells the delivery that a unit which wrote events may have committed, so it can read the outbox at
 * once instead of at its next poll: PostgreSQL's {@code LISTEN}, a MongoDB change stream. A hint, not
 * a channel: it may fire for nothing and may miss commits (a dropped connection), which is why the
 * delivery polls as well, and no event travels through it.
 */
public interface OutboxWatch {

    /**
     * Starts watching; {@code onChange} is called from any thread, must be quick and must not throw.
     * Closing the handle stops the watch and releases what it holds (a connection, a thread).
     */
    AutoCloseable watch(Runnable onChange);

    /** No watch at all: the delivery's poll alone finds new events. */
    static OutboxWatch none() {
        return onChange -> () -> {};
    }
}
