package dev.portside.application.event;

import dev.portside.application.shared.Actor;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shared.ValidationException;
import jakarta.annotation.Nullable;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One subscriber's side of the delivery: a bounded queue the hub fills and the transport drains.
 *
 * <p>The transport registers a listener ({@link #onAvailable}) and, whenever it is called and the
 * connection can take more, {@link #poll}s until nothing is left. The hub never waits for a
 * subscriber: when the queue is full, or a subscriber took nothing for the stall timeout, the hub ends
 * the subscription ({@link CloseReason#SLOW_CONSUMER}); its queue is dropped, and the last thing
 * {@link #poll} returns is the {@link Delivery.Closed} with the reason. A transport whose client went
 * away calls {@link #close()}.
 */
public final class EventSubscription {

    private final Actor actor;
    private final Set<Topic> topics = ConcurrentHashMap.newKeySet();
    private final ArrayBlockingQueue<Delivery> queue;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Runnable onRelease;
    private volatile Runnable listener = () -> {};

    @Nullable
    private volatile Delivery.Closed closed;

    private volatile boolean closedDelivered;
    private volatile long lastTakenNanos = System.nanoTime();

    // owned by the hub's dispatcher thread
    long position;
    boolean live;
    final long requestedPosition;

    EventSubscription(Actor actor, Set<Topic> topics, long requestedPosition, int capacity, Runnable onRelease) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.topics.addAll(topics);
        this.requestedPosition = requestedPosition;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.onRelease = onRelease;
    }

    public Actor actor() {
        return actor;
    }

    /** The topics listened to now. */
    public Set<Topic> topics() {
        return Set.copyOf(topics);
    }

    /**
     * Adds topics: their events arrive from the next event the hub delivers on (no replay of what came
     * before). At most {@value SubscribeToEventsCommand#MAX_TOPICS} topics in all.
     */
    public void subscribe(Collection<Topic> more) {
        synchronized (topics) {
            long after = topics.size()
                    + more.stream().filter(t -> !topics.contains(t)).distinct().count();
            if (after > SubscribeToEventsCommand.MAX_TOPICS) {
                throw new ValidationException(
                        "topics", "at most " + SubscribeToEventsCommand.MAX_TOPICS + " topics per subscription");
            }
            topics.addAll(more);
        }
    }

    public void unsubscribe(Collection<Topic> fewer) {
        synchronized (topics) {
            topics.removeAll(fewer);
        }
    }

    boolean listensTo(Topic topic) {
        return topics.contains(topic);
    }

    /**
     * Registers the transport's listener, called (on the hub's thread, so it must not block) when
     * something can be polled, and once right away.
     */
    public void onAvailable(Runnable listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        listener.run();
    }

    /** The next delivery, or null when there is none now. After {@link Delivery.Closed}, always null. */
    public @Nullable Delivery poll() {
        Delivery next = queue.poll();
        if (next != null) {
            lastTakenNanos = System.nanoTime();
            return next;
        }
        Delivery.Closed last = closed;
        if (last != null && !closedDelivered) {
            closedDelivered = true;
            return last;
        }
        return null;
    }

    /** Whether the service or the transport ended the subscription. */
    public boolean isClosed() {
        return closed != null || released.get();
    }

    /** Ends the subscription from the transport's side (the client went away): nothing more is queued. */
    public void close() {
        queue.clear();
        release();
    }

    /**
     * Ends the subscription for a reason the subscriber is told of: what waits is dropped and
     * {@link #poll} returns the reason next. Transports use it for an expired or revoked token.
     */
    public void closeFor(CloseReason reason) {
        if (closed == null) {
            closed = new Delivery.Closed(Objects.requireNonNull(reason, "reason"));
            queue.clear();
            release();
            notifyListener();
        }
    }

    /** Queues a delivery; false when the queue is full (the hub then ends the subscription). */
    boolean offer(Delivery delivery) {
        if (isClosed()) {
            return false;
        }
        if (queue.isEmpty()) {
            // the stall clock starts when something starts waiting, not at the last take
            lastTakenNanos = System.nanoTime();
        }
        return queue.offer(delivery);
    }

    int freeCapacity() {
        return queue.remainingCapacity();
    }

    boolean isIdle() {
        return queue.isEmpty();
    }

    /** Whether deliveries have been waiting and none was taken for longer than {@code nanos}. */
    boolean stalledFor(long nanos, long now) {
        return !queue.isEmpty() && now - lastTakenNanos > nanos;
    }

    void notifyListener() {
        listener.run();
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            onRelease.run();
        }
    }
}
