package dev.portside.application.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Drains a subscription the way a transport does (on every notification) and lets tests wait for it. */
final class Received {

    private final EventSubscription subscription;
    private final List<Delivery> deliveries = new ArrayList<>();

    private Received(EventSubscription subscription) {
        this.subscription = subscription;
    }

    /** Drains on every notification, like a transport that always keeps up. */
    static Received draining(EventSubscription subscription) {
        Received received = new Received(subscription);
        subscription.onAvailable(received::drain);
        return received;
    }

    /** Registers no listener and takes nothing until told to: a subscriber that stopped reading. */
    static Received stalled(EventSubscription subscription) {
        return new Received(subscription);
    }

    synchronized void drain() {
        for (Delivery next = subscription.poll(); next != null; next = subscription.poll()) {
            deliveries.add(next);
        }
    }

    synchronized List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    List<Delivery.Event> events() {
        return all().stream()
                .filter(Delivery.Event.class::isInstance)
                .map(Delivery.Event.class::cast)
                .toList();
    }

    List<Long> eventIds() {
        return events().stream().map(Delivery.Event::id).toList();
    }

    /** Waits (draining) until the deliveries satisfy the condition; fails after the timeout. */
    Received awaiting(Predicate<Received> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            drain();
            if (condition.test(this)) {
                return this;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        drain();
        assertThat(condition)
                .as("condition not met within %s; received %s", timeout, all())
                .accepts(this);
        return this;
    }

    Received awaitingEvents(int count) {
        return awaiting(r -> r.events().size() >= count, Duration.ofSeconds(5));
    }
}
