package dev.portside.bootstrap.observability;

import dev.portside.application.shared.UnauthenticatedException;
import dev.portside.application.shared.UseCaseDecorator;
import dev.portside.domain.shared.CommitOutcomeUnknownException;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.StorageUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.tracing.opentelemetry.OpenTelemetryPropagationContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every use case ({@code portside.usecase{usecase,outcome,code}}): {@code outcome} is {@code ok},
 * {@code refused} (a business refusal; {@code code} is its stable error code, e.g.
 * {@code insufficient_funds}, {@code validation_failed}, {@code unauthenticated}) or {@code failed}
 * ({@code code} is {@code storage_unavailable}, {@code commit_outcome_unknown} or {@code error}). The
 * timer has a handful of latency buckets so that dashboards can draw percentiles. With tracing on, each
 * call is also a span named {@code UseCase.verb} under the HTTP request's span.
 *
 * <p>It is the {@link UseCaseDecorator} the composition root gives the application's compositions
 * ({@code UseCaseWiring}): each use case they build is wrapped in a JDK proxy of its interface
 * ({@code usecase} is that interface's simple name, e.g. {@code TransferMoney}). Per call: one
 * reflective invocation, a map lookup and one timer record; the span work only with tracing on (ADR 20).
 */
@Singleton
final class UseCaseObservation implements UseCaseDecorator {

    static final String TIMER = "portside.usecase";
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(5),
        Duration.ofMillis(10),
        Duration.ofMillis(25),
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500)
    };

    private final MeterRegistry registry;
    /** Null while tracing is off: then no span is started. */
    @Nullable
    private final Tracer tracer;

    /** Per use case interface, its methods' meters; shared by every proxy of that use case. */
    private final Map<Class<?>, Map<Method, Meters>> useCases = new ConcurrentHashMap<>();

    UseCaseObservation(MeterRegistry registry, TracingSettings tracing, OpenTelemetry openTelemetry) {
        this.registry = registry;
        this.tracer = tracing.enabled() ? openTelemetry.getTracer("portside") : null;
    }

    @Override
    public <T> T decorate(Class<T> useCase, T service) {
        Map<Method, Meters> meters = useCases.computeIfAbsent(useCase, key -> new ConcurrentHashMap<>());
        return useCase.cast(Proxy.newProxyInstance(
                useCase.getClassLoader(), new Class<?>[] {useCase}, new Observed(useCase, service, meters)));
    }

    /** Around every call of one use case instance. */
    private final class Observed implements InvocationHandler {

        private final Class<?> useCase;
        private final Object service;
        private final Map<Method, Meters> meters;

        Observed(Class<?> useCase, Object service, Map<Method, Meters> meters) {
            this.useCase = useCase;
            this.service = service;
            this.meters = meters;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) { // equals, hashCode, toString
                return call(method, args);
            }
            Meters timers = meters.computeIfAbsent(method, key -> new Meters(useCase, key));
            Tracer spans = tracer;
            if (spans == null) {
                return observe(timers, method, args, null);
            }
            Span span = spans.spanBuilder(timers.spanName).startSpan();
            // through Micronaut's propagated context, not span.makeCurrent(): Micronaut Data re-applies the
            // propagated context around each connection use, which would otherwise put the request's span back
            try (PropagatedContext.Scope scope = PropagatedContext.getOrEmpty()
                    .plus(new OpenTelemetryPropagationContext(Context.current().with(span)))
                    .propagate()) {
                return observe(timers, method, args, span);
            } finally {
                span.end();
            }
        }

        private @Nullable Object observe(Meters timers, Method method, @Nullable Object[] args, @Nullable Span span)
                throws Throwable {
            long started = System.nanoTime();
            String outcome = "failed";
            String code = "error";
            try {
                Object result = call(method, args);
                outcome = "ok";
                code = "none";
                return result;
            } catch (DomainException refusal) {
                outcome = "refused";
                code = refusal.code();
                throw refusal;
            } catch (UnauthenticatedException refusal) {
                outcome = "refused";
                code = "unauthenticated";
                throw refusal;
            } catch (CommitOutcomeUnknownException failure) {
                code = "commit_outcome_unknown";
                fail(span, failure);
                throw failure;
            } catch (StorageUnavailableException failure) {
                code = "storage_unavailable";
                fail(span, failure);
                throw failure;
            } catch (RuntimeException | Error failure) {
                fail(span, failure);
                throw failure;
            } finally {
                timers.timer(outcome, code).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                if (span != null) {
                    span.setAttribute("portside.outcome", outcome);
                    if (!code.equals("none")) {
                        span.setAttribute("portside.code", code);
                    }
                }
            }
        }

        private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
            try {
                return method.invoke(service, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static void fail(@Nullable Span span, Throwable failure) {
        if (span != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
    }

    /** One use case method's timers: ok made at its first call, the others at their first occurrence. */
    private final class Meters {

        final String useCase;
        final String spanName;
        final Timer ok;
        final Map<String, Timer> others = new ConcurrentHashMap<>();

        Meters(Class<?> useCase, Method method) {
            this.useCase = useCase.getSimpleName();
            this.spanName = this.useCase + "." + method.getName();
            this.ok = build("ok", "none");
        }

        Timer timer(String outcome, String code) {
            if (outcome.equals("ok")) {
                return ok;
            }
            return others.computeIfAbsent(outcome + ':' + code, key -> build(outcome, code));
        }

        private Timer build(String outcome, String code) {
            return Timer.builder(TIMER)
                    .description("use cases run, by outcome (ok, refused with its code, failed)")
                    .tag("usecase", useCase)
                    .tag("outcome", outcome)
                    .tag("code", code)
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry);
        }
    }
}
