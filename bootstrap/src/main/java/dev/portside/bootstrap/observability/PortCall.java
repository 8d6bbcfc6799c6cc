package dev.portside.bootstrap.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Nullable;
import java.util.concurrent.TimeUnit;

/**
 * One method of one driven port on one backend ({@code AccountRepository.lockAll} on {@code postgres}),
 * with its meters, and the call running on this thread: the statement log, the slow-query log and the
 * statement spans name the port and method that issued a statement from here. Set by the port proxies
 * ({@link DrivenPortObservation}) around every call; a statement outside any port call (Flyway, the
 * migration's native reads) is attributed to {@link #NONE}.
 */
public final class PortCall {

    static final String TIMER = "portside.port";
    static final String SLOW = "portside.storage.slow";

    private static final ThreadLocal<PortCall> CURRENT = new ThreadLocal<>();

    /** Statements issued outside any port call. */
    static final PortCall NONE = new PortCall("none", "none", "none", null);

    private final String port;
    private final String method;
    private final String backend;
    /** Null only for {@link #NONE}, which is never entered and so never timed. */
    @Nullable
    private final MeterRegistry registry;

    @Nullable
    private final Timer timer;
    /** Made at the first slow statement. */
    @Nullable
    private volatile Counter slow;

    PortCall(String port, String method, String backend, @Nullable MeterRegistry registry) {
        this.port = port;
        this.method = method;
        this.backend = backend;
        this.registry = registry;
        this.timer = registry == null
                ? null
                : Timer.builder(TIMER)
                        .description(
                                "calls of a driven port's method, by backend (the adapter module that implements it)")
                        .tag("port", port)
                        .tag("method", method)
                        .tag("backend", backend)
                        .register(registry);
    }

    /** The port call running on this thread, or {@link #NONE}. */
    static PortCall current() {
        PortCall call = CURRENT.get();
        return call == null ? NONE : call;
    }

    /** Makes this the current call; returns the one it hides (restored by {@link #exit}). */
    @Nullable
    PortCall enter() {
        PortCall previous = CURRENT.get();
        CURRENT.set(this);
        return previous;
    }

    /**
     * The action, made to run as part of the port call current now (not timed again): a before-commit
     * action registered inside a port call (the outbox insert that {@code Outbox.append} registers)
     * runs after that call returned, and its statements are still attributed to it. Outside a port
     * call, the action itself.
     */
    static Runnable carriedInto(Runnable action) {
        PortCall call = CURRENT.get();
        if (call == null) {
            return action;
        }
        return () -> {
            PortCall previous = call.enter();
            try {
                action.run();
            } finally {
                CURRENT.set(previous);
            }
        };
    }

    void exit(@Nullable PortCall previous, long startedNanos) {
        if (timer != null) {
            timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
        }
        // set, not remove: the thread's map entry stays, so the next call allocates nothing
        CURRENT.set(previous);
    }

    /** Counts a slow statement against this port method (the meter is made at the first one). */
    void countSlow(MeterRegistry fallback) {
        MeterRegistry own = registry;
        if (own == null) {
            // NONE is shared by every context (tests run several): look the counter up each time, slow
            // statements are rare
            slowCounter(fallback).increment();
            return;
        }
        Counter counter = slow;
        if (counter == null) {
            counter = slowCounter(own);
            slow = counter;
        }
        counter.increment();
    }

    private Counter slowCounter(MeterRegistry target) {
        return Counter.builder(SLOW)
                .description("statements or commands slower than portside.observability.slow-query.threshold")
                .tag("port", port)
                .tag("method", method)
                .tag("backend", backend)
                .register(target);
    }

    String port() {
        return port;
    }

    String method() {
        return method;
    }

    String backend() {
        return backend;
    }

    @Override
    public String toString() {
        return port + "." + method;
    }
}
