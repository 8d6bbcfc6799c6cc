package dev.portside.adapters.http.events;

import dev.portside.application.event.Delivery;
import dev.portside.application.event.EventSubscription;
import io.micronaut.http.sse.Event;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A subscription as Server-Sent Events, honouring the server's demand: events leave the
 * subscription's queue only as fast as Netty writes them, so a client that stops reading fills its
 * own queue, not the service's memory, and the hub cuts it off. First a {@code subscribed} event,
 * then {@code id} and {@code data} per event (unnamed: the type is in the JSON), {@code heartbeat}s, and at the end a
 * {@code closing} event with the reason when the service ended the stream.
 *
 * <p>One subscriber only (a response body is subscribed once). The drain runs on whichever thread
 * asks (Netty's demand, the hub's notification) but never on two at once.
 */
final class EventStream implements Publisher<Event<String>> {

    private final EventSubscription subscription;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    EventStream(EventSubscription subscription) {
        this.subscription = Objects.requireNonNull(subscription, "subscription");
    }

    @Override
    public void subscribe(Subscriber<? super Event<String>> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
            });
            subscriber.onError(new IllegalStateException("an event stream has one subscriber"));
            return;
        }
        Relay relay = new Relay(subscriber);
        subscriber.onSubscribe(relay);
        subscription.onAvailable(relay::drain);
    }

    private final class Relay implements Subscription {

        private final Subscriber<? super Event<String>> downstream;
        private final AtomicLong requested = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private volatile boolean cancelled;
        private boolean done;
        private boolean greeted;

        Relay(Subscriber<? super Event<String>> downstream) {
            this.downstream = downstream;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                downstream.onError(new IllegalArgumentException("demand must be positive (rule 3.9)"));
                return;
            }
            requested.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            // the client went away (or the server gave up on it): the hub stops queueing at once
            subscription.close();
        }

        void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                while (!cancelled && !done && requested.get() > 0) {
                    Event<String> next = next();
                    if (next == null) {
                        break;
                    }
                    requested.decrementAndGet();
                    downstream.onNext(next);
                    if (done) {
                        downstream.onComplete();
                    }
                }
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        private @Nullable Event<String> next() {
            if (!greeted) {
                greeted = true;
                return Event.of(EventFrames.subscribed(subscription.topics())).name("subscribed");
            }
            Delivery delivery = subscription.poll();
            if (delivery == null) {
                return null;
            }
            if (delivery instanceof Delivery.Event event) {
                // unnamed, so an EventSource hands every event to onmessage; the type is in the JSON
                return Event.of(event.json()).id(Long.toString(event.id()));
            }
            if (delivery instanceof Delivery.Heartbeat heartbeat) {
                return Event.of(EventFrames.heartbeat(heartbeat)).name("heartbeat");
            }
            Delivery.Closed closed = (Delivery.Closed) delivery;
            done = true;
            return Event.of(EventFrames.closing(closed.reason())).name("closing");
        }
    }
}
