package dev.portside.adapters.http.user;

import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.security.TokenIssuer;
import dev.portside.application.user.LogIn;
import dev.portside.application.user.LogInCommand;
import dev.portside.application.user.UserUseCases;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
class AuthController {

    private final LogIn logIn;
    private final TokenIssuer tokens;

    AuthController(UserUseCases user, TokenIssuer tokens) {
        this.logIn = user.logIn();
        this.tokens = tokens;
    }

    @Post("/login")
    @Ok
    @Operation(
            summary = "Exchange a login (username or email) and password for a bearer token",
            description =
                    "Every refusal is 401 invalid_credentials: unknown login, wrong password, locked and deleted accounts alike.")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.INVALID_CREDENTIALS)
    TokenResponse login(@Body @Valid LoginRequest request) {
        TokenIssuer.IssuedToken token = tokens.issue(logIn.logIn(LogInCommand.of(request.login(), request.password())));
        return TokenResponse.bearer(token.accessToken(), token.expiresIn());
    }
}
