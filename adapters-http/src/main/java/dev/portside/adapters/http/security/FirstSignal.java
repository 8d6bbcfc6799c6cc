package dev.portside.adapters.http.security;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The first item of a publisher (or none, or its error) as a future. Micronaut Security's fetchers and
 * rules answer through publishers, but nearly all of them answer while being subscribed to: then the
 * future is already complete when {@link #of} returns, and {@link SecurityGate} reads it on the spot
 * instead of running a reactive pipeline around the rest of the request (ADR 18). A publisher that
 * answers later completes the future later; the gate then waits for it without blocking.
 */
final class FirstSignal<T> extends CompletableFuture<Optional<T>> implements Subscriber<T> {

    private volatile Subscription subscription = CANCELLED;

    private FirstSignal() {}

    static <T> CompletableFuture<Optional<T>> of(Publisher<T> publisher) {
        FirstSignal<T> first = new FirstSignal<>();
        try {
            publisher.subscribe(first);
        } catch (RuntimeException e) {
            first.completeExceptionally(e);
        }
        return first;
    }

    /**
     * The first item any of the futures has, or the first failure, whichever comes first; empty once all
     * are empty. The futures still waiting then are cancelled, as a publisher's subscription would be.
     */
    static <T> CompletableFuture<Optional<T>> firstPresent(List<CompletableFuture<Optional<T>>> futures) {
        CompletableFuture<Optional<T>> first = new CompletableFuture<>();
        AtomicInteger empty = new AtomicInteger();
        for (CompletableFuture<Optional<T>> future : futures) {
            future.whenComplete((item, failure) -> {
                if (failure != null ? first.completeExceptionally(failure) : item.isPresent() && first.complete(item)) {
                    futures.forEach(other -> other.cancel(false));
                } else if (failure == null && empty.incrementAndGet() == futures.size()) {
                    first.complete(Optional.empty());
                }
            });
        }
        return first;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        subscription.cancel();
        return super.cancel(mayInterruptIfRunning);
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(T item) {
        if (complete(Optional.of(item))) {
            subscription.cancel();
        }
    }

    @Override
    public void onError(Throwable failure) {
        completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        complete(Optional.empty());
    }

    private static final Subscription CANCELLED = new Subscription() {
        @Override
        public void request(long n) {}

        @Override
        public void cancel() {}
    };
}
