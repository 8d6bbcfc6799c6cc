package dev.portside.adapters.http.problem;

import dev.portside.domain.shared.StorageUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.sql.SQLException;

/** Test-only routes (outside /api) that fail the way storage and bugs fail. */
@Controller("/test-failures")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "portside.test.backend", value = "in-memory")
class FailingController {

    @Get("/bug")
    String bug() {
        throw new IllegalStateException("SELECT password_hash FROM users WHERE id = 42");
    }

    @Get("/storage")
    String storage() {
        throw new StorageUnavailableException(
                "storage kept refusing the work after 5 attempts",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }
}
