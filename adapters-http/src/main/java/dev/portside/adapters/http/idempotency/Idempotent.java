package dev.portside.adapters.http.idempotency;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a controller method run at most once per caller and {@code Idempotency-Key}
 * ({@link IdempotencyInterceptor}, ADR 3). The method stays a plain typed endpoint: it returns its
 * {@code HttpResponse<Dto>}, and the advice claims the key, runs it and stores its rendered answer in
 * one unit of work. The method must take the caller's {@code Authentication} and its {@code @Body}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Idempotent {

    String HEADER = "Idempotency-Key";
    String REPLAYED_HEADER = "Idempotent-Replayed";

    /** Whether a request without a key is refused (400 {@code idempotency_key_missing}) rather than simply run. */
    boolean keyRequired() default false;
}
