package dev.portside.application.event;

import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.user.UserId;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers the outbox to subscribers: one dispatcher thread per service instance reads new events
 * after its position, whenever the {@link OutboxWatch} says a unit committed and at least every
 * {@link EventHubSettings#pollInterval()}, and offers each to every subscription that listens to its
 * topic and may see it ({@link EventAccess}).
 *
 * <p>Positions are event ids, which increase in the order events become readable ({@link OutboxFeed}),
 * so reading after the
 * last id seen never skips an event. A subscriber that resumes from an older id catches up from the
 * outbox itself, at most a queue's worth per round, and joins the live stream once it reaches the end.
 * Nothing here waits for a subscriber: a full queue or a subscriber that takes nothing for the stall
 * timeout ends that subscription ({@link CloseReason#SLOW_CONSUMER}), and the others and the writers
 * never notice.
 *
 * <p>Every instance runs its own hub over the same outbox, so a change made through any instance
 * reaches the subscribers of all of them.
 */
public final class EventHub implements SubscribeToEvents, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventHub.class.getName());
    /** Batches read for live subscribers per round, so heartbeats and catch-ups still get their turn. */
    private static final int MAX_BATCHES_PER_ROUND = 20;

    private final OutboxFeed feed;
    private final OutboxWatch watch;
    private final Clock clock;
    private final EventHubSettings settings;

    private final ConcurrentLinkedQueue<EventSubscription> pending = new ConcurrentLinkedQueue<>();
    private final Map<UserId, AtomicInteger> openPerCaller = new ConcurrentHashMap<>();
    private final ReentrantLock wakeLock = new ReentrantLock();
    private final Condition woken = wakeLock.newCondition();
    private boolean wakeRequested;

    // owned by the dispatcher thread
    private final List<EventSubscription> subscriptions = new ArrayList<>();
    private long cursor = -1;
    private long lastHeartbeatNanos = System.nanoTime();
    private int consecutiveFailures;

    private volatile boolean running;
    private volatile long deliveredPosition = -1;
    private @Nullable Thread dispatcher;
    private @Nullable AutoCloseable watching;

    public EventHub(OutboxFeed feed, OutboxWatch watch, Clock clock, EventHubSettings settings) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.watch = Objects.requireNonNull(watch, "watch");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Starts the dispatcher thread and the watch. New subscribers then get what commits from now on. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        dispatcher = new Thread(this::dispatch, "portside-event-hub");
        dispatcher.setDaemon(true);
        dispatcher.start();
        watching = watch.watch(this::wake);
    }

    /** Stops delivering; every open subscription ends with {@link CloseReason#SERVICE_STOPPING}. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            if (watching != null) {
                watching.close();
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "stopping the outbox watch failed", e);
        }
        wake();
        try {
            if (dispatcher != null) {
                dispatcher.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (EventSubscription subscription : pending) {
            subscription.closeFor(CloseReason.SERVICE_STOPPING);
        }
        pending.clear();
    }

    @Override
    public EventSubscription subscribe(SubscribeToEventsCommand command) {
        Objects.requireNonNull(command, "command");
        if (!running) {
            throw new IllegalStateException("the event hub is not running");
        }
        UserId caller = command.actor().id();
        AtomicInteger open = openPerCaller.computeIfAbsent(caller, id -> new AtomicInteger());
        if (open.incrementAndGet() > settings.maxSubscriptionsPerCaller()) {
            release(caller);
            throw new SubscriptionLimitException(settings.maxSubscriptionsPerCaller());
        }
        EventSubscription subscription = new EventSubscription(
                command.actor(),
                command.topics(),
                command.lastEventId().orElse(-1),
                settings.queueCapacity(),
                () -> release(caller));
        pending.add(subscription);
        wake();
        return subscription;
    }

    /** How many subscriptions this instance serves now (those still being registered included). */
    public int openSubscriptions() {
        return openPerCaller.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The id of the last event this hub has read from the outbox; -1 before its first read. */
    public long position() {
        return deliveredPosition;
    }

    /** Asks the dispatcher to read the outbox now (the watch calls it; so may tests). */
    public void wake() {
        wakeLock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            wakeLock.unlock();
        }
    }

    private void release(UserId caller) {
        openPerCaller.computeIfPresent(caller, (id, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private void dispatch() {
        while (running) {
            try {
                round();
                consecutiveFailures = 0;
            } catch (RuntimeException failure) {
                // storage down or slow: subscribers stay connected (heartbeats go on) and the hub tries again
                if (consecutiveFailures++ == 0) {
                    LOG.log(System.Logger.Level.WARNING, "reading the outbox failed; retrying", failure);
                }
                heartbeats();
            }
            awaitWake(
                    consecutiveFailures == 0
                            ? settings.pollInterval().toNanos()
                            : Math.min(
                                    settings.pollInterval().toNanos() * consecutiveFailures,
                                    TimeUnit.SECONDS.toNanos(5)));
        }
        for (EventSubscription subscription : subscriptions) {
            subscription.closeFor(CloseReason.SERVICE_STOPPING);
        }
        subscriptions.clear();
    }

    private void awaitWake(long nanos) {
        wakeLock.lock();
        try {
            long left = nanos;
            while (!wakeRequested && running && left > 0) {
                left = woken.awaitNanos(left);
            }
            wakeRequested = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            wakeLock.unlock();
        }
    }

    private void round() {
        if (cursor < 0) {
            cursor = feed.lastId();
            deliveredPosition = cursor;
        }
        register();
        readLive();
        catchUp();
        heartbeats();
        subscriptions.removeIf(EventSubscription::isClosed);
    }

    private void register() {
        for (EventSubscription added = pending.poll(); added != null; added = pending.poll()) {
            if (added.isClosed()) {
                continue;
            }
            added.position = added.requestedPosition < 0 ? cursor : added.requestedPosition;
            // a position ahead of this hub (another instance delivered it first) is live: it only
            // skips what it already has
            added.live = added.position >= cursor;
            subscriptions.add(added);
        }
    }

    private void readLive() {
        for (int batches = 0; batches < MAX_BATCHES_PER_ROUND; batches++) {
            List<StoredEvent> batch = feed.readAfter(cursor, settings.batchSize());
            if (batch.isEmpty()) {
                return;
            }
            for (StoredEvent stored : batch) {
                Delivery.Event delivery = new Delivery.Event(stored);
                for (EventSubscription subscription : subscriptions) {
                    if (subscription.live && stored.id() > subscription.position) {
                        offer(subscription, delivery);
                        subscription.position = stored.id();
                    }
                }
                cursor = stored.id();
            }
            deliveredPosition = cursor;
            if (batch.size() < settings.batchSize()) {
                return;
            }
        }
    }

    /**
     * Serves subscribers that resumed from before the live position from the outbox itself. Only what
     * a subscriber may receive takes room in its queue; when the queue is full the catch-up pauses
     * there (it is read again next round) instead of cutting the subscriber off: it is pulling, not
     * lagging behind the live stream.
     */
    private void catchUp() {
        for (EventSubscription subscription : subscriptions) {
            if (subscription.live || subscription.isClosed()) {
                continue;
            }
            catchUp(subscription);
        }
    }

    private void catchUp(EventSubscription subscription) {
        for (int batches = 0; batches < MAX_BATCHES_PER_ROUND; batches++) {
            List<StoredEvent> batch = feed.readAfter(subscription.position, settings.batchSize());
            for (StoredEvent stored : batch) {
                if (receives(subscription, stored)) {
                    if (subscription.freeCapacity() == 0) {
                        return; // the stall timeout decides whether it is too slow
                    }
                    subscription.offer(new Delivery.Event(stored));
                    subscription.notifyListener();
                }
                subscription.position = stored.id();
            }
            if (batch.size() < settings.batchSize()) {
                // reached the end of the outbox as it was at this read, which covers everything the
                // live stream has read: from here on the live stream serves it
                subscription.live = true;
                return;
            }
        }
    }

    private static boolean receives(EventSubscription subscription, StoredEvent stored) {
        return !subscription.isClosed()
                && subscription.listensTo(stored.event().topic())
                && EventAccess.canSee(subscription.actor(), stored);
    }

    /**
     * Queues the event if the subscriber listens to its topic and may see it, and tells the transport
     * at once, so a subscriber that keeps up drains as the hub offers and only a subscriber that does
     * not fills its queue.
     */
    private void offer(EventSubscription subscription, Delivery.Event delivery) {
        if (!receives(subscription, delivery.stored())) {
            return;
        }
        if (subscription.offer(delivery)) {
            subscription.notifyListener();
        } else {
            subscription.closeFor(CloseReason.SLOW_CONSUMER);
        }
    }

    private void heartbeats() {
        long now = System.nanoTime();
        long stall = settings.stallTimeout().toNanos();
        boolean beat = now - lastHeartbeatNanos >= settings.heartbeatInterval().toNanos();
        if (beat) {
            lastHeartbeatNanos = now;
        }
        for (Iterator<EventSubscription> it = subscriptions.iterator(); it.hasNext(); ) {
            EventSubscription subscription = it.next();
            if (subscription.isClosed()) {
                continue;
            }
            if (subscription.stalledFor(stall, now)) {
                subscription.closeFor(CloseReason.SLOW_CONSUMER);
            } else if (beat && subscription.isIdle() && subscription.offer(new Delivery.Heartbeat(clock.now()))) {
                subscription.notifyListener();
            }
        }
    }
}
