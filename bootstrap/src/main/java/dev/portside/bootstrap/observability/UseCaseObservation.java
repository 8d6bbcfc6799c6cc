package dev.portside.bootstrap.observability;

import dev.portside.application.shared.UnauthenticatedException;
import dev.portside.domain.shared.CommitOutcomeUnknownException;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.StorageUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.aop.InterceptPhase;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.tracing.opentelemetry.OpenTelemetryPropagationContext;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.inject.Singleton;
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
 */
@Singleton
@InterceptorBean(ObservedUseCase.class)
final class UseCaseObservation implements MethodInterceptor<Object, Object> {

    static final String TIMER = "portside.usecase";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500)};

    private final MeterRegistry registry;
    private final Tracer tracer;
    private final Map<ExecutableMethod<?, ?>, Meters> meters = new ConcurrentHashMap<>();

    UseCaseObservation(MeterRegistry registry, TracingSettings tracing, OpenTelemetry openTelemetry) {
        this.registry = registry;
        this.tracer = tracing.enabled() ? openTelemetry.getTracer("portside") : null;
    }

    /** Outside everything else of the use case bean (there is nothing else today). */
    @Override
    public int getOrder() {
        return InterceptPhase.TRACE.getPosition();
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Meters useCase = meters.computeIfAbsent(context.getExecutableMethod(), Meters::new);
        Span span = tracer == null ? null : tracer.spanBuilder(useCase.spanName).startSpan();
        // through Micronaut's propagated context, not span.makeCurrent(): Micronaut Data re-applies the
        // propagated context around each connection use, which would otherwise put the request's span back
        PropagatedContext.Scope scope = span == null ? null : PropagatedContext.getOrEmpty()
                .plus(new OpenTelemetryPropagationContext(Context.current().with(span))).propagate();
        long started = System.nanoTime();
        String outcome = "failed";
        String code = "error";
        try {
            Object result = context.proceed();
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
            useCase.timer(outcome, code).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            if (span != null) {
                span.setAttribute("portside.outcome", outcome);
                if (!code.equals("none")) {
                    span.setAttribute("portside.code", code);
                }
                scope.close();
                span.end();
            }
        }
    }

    private static void fail(Span span, Throwable failure) {
        if (span != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }
    }

    /** One use case's timers: ok made at once, the others at their first occurrence. */
    private final class Meters {

        final String useCase;
        final String spanName;
        final Timer ok;
        final Map<String, Timer> others = new ConcurrentHashMap<>();

        Meters(ExecutableMethod<?, ?> method) {
            this.useCase = method.getDeclaringType().getSimpleName();
            this.spanName = useCase + "." + method.getMethodName();
            this.ok = build("ok", "none");
        }

        Timer timer(String outcome, String code) {
            if (outcome.equals("ok")) {
                return ok;
            }
            return others.computeIfAbsent(outcome + ':' + code, key -> build(outcome, code));
        }

        private Timer build(String outcome, String code) {
            return Timer.builder(TIMER).description("use cases run, by outcome (ok, refused with its code, failed)")
                    .tag("usecase", useCase).tag("outcome", outcome).tag("code", code)
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry);
        }
    }
}
