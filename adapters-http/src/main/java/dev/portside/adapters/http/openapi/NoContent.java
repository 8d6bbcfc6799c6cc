package dev.portside.adapters.http.openapi;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents an operation's 204 answer. The body's schema comes from the operation's return type; the rate-limit fields are those
 * {@code RateLimitFilter} adds (their full description is in {@code components.yml}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(
        responseCode = "204",
        description = "done; no body",
        headers = {
            @Header(
                    name = "RateLimit",
                    description = "remaining quota, e.g. \"reads\";r=599;t=1",
                    schema = @Schema(type = "string", maxLength = 200, pattern = "^\"[a-z]+\";r=[0-9]+;t=[0-9]+$")),
            @Header(
                    name = "RateLimit-Policy",
                    description = "the quota, e.g. \"reads\";q=600;w=60",
                    schema = @Schema(type = "string", maxLength = 200, pattern = "^\"[a-z]+\";q=[0-9]+;w=[0-9]+$"))
        })
public @interface NoContent {}
