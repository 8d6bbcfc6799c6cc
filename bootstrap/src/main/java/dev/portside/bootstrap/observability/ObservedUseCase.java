package dev.portside.bootstrap.observability;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a wiring factory method that exposes a use case: the bean is proxied by {@link UseCaseObservation}
 * (a timer per use case and outcome, and a span when tracing is on). Compile-time AOP on the beans the
 * composition root exposes, so the application module stays free of any framework (ADR 20).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Around
public @interface ObservedUseCase {
}
