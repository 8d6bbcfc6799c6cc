package dev.portside.adapters.http;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI document's header. micronaut-openapi generates the document from the controllers at
 * compile time into {@code META-INF/swagger/portside-0.1.0.yml}, plus a Swagger UI page
 * ({@code openapi.properties}); bootstrap serves both as static resources.
 */
@OpenAPIDefinition(
        info = @Info(title = "portside", version = "0.1.0",
                description = "Users, blog, shop and bank over ports and adapters. Errors are application/problem+json "
                        + "with a stable code; money is {\"amount\": \"10.50\", \"currency\": \"EUR\"}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class PortsideApi {

    private PortsideApi() {
    }
}
