package dev.portside.adapters.http;

import dev.portside.adapters.http.problem.Problem;
import io.micronaut.openapi.annotation.OpenAPIExtraSchema;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header. micronaut-openapi generates the document from the controllers at
 * compile time into {@code META-INF/swagger/portside-0.1.0.yml}, plus a Swagger UI page
 * ({@code openapi.properties}); bootstrap serves both as static resources.
 */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "portside",
                        version = "0.1.0",
                        description =
                                "Users, blog, shop and bank over ports and adapters. Errors are application/problem+json "
                                        + "with a stable code; money is {\"amount\": \"10.50\", \"currency\": \"EUR\"}."))
// no document-wide security: each operation that needs a token says so, registration and login do not
@SecurityScheme(
        name = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from POST /api/auth/login: a JWT signed with HS256, validated as RFC8725 "
                + "recommends (the algorithm is fixed, unsigned tokens are refused, expiry is checked).")
// the problem schema is referred to from components.yml only (DocumentedProblems), so name it here
@OpenAPIExtraSchema(classes = Problem.class)
final class PortsideApi {

    private PortsideApi() {}
}
