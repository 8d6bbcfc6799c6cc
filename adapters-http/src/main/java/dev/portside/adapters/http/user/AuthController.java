package dev.portside.adapters.http.user;

import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.security.TokenIssuer;
import dev.portside.application.user.LogIn;
import dev.portside.application.user.LogInCommand;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@ApiResponse(responseCode = "429", description = "rate_limited: too many requests (see RateLimit and Retry-After)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
class AuthController {

    private final LogIn logIn;
    private final TokenIssuer tokens;

    AuthController(LogIn logIn, TokenIssuer tokens) {
        this.logIn = logIn;
        this.tokens = tokens;
    }

    @Post("/login")
    @Operation(summary = "Exchange a login (username or email) and password for a bearer token",
            description = "Every refusal is 401 invalid_credentials: unknown login, wrong password, locked and deleted accounts alike.")
    @ApiResponse(responseCode = "400", description = "validation_failed, malformed_json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "invalid_credentials: unknown login, wrong password, password outside the policy, locked or deleted account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "storage_unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    TokenResponse login(@Body @Valid LoginRequest request) {
        TokenIssuer.IssuedToken token = tokens.issue(logIn.logIn(LogInCommand.of(request.login(), request.password())));
        return TokenResponse.bearer(token.accessToken(), token.expiresIn());
    }
}
