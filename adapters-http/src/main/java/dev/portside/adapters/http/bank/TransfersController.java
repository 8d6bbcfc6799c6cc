package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.idempotency.IdempotentRequests;
import dev.portside.adapters.http.idempotency.JsonReply;
import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.security.Actors;
import dev.portside.application.bank.TransferMoney;
import dev.portside.application.bank.TransferMoneyCommand;
import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;

@ApiResponse(responseCode = "429", description = "rate_limited: too many requests (see RateLimit and Retry-After)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Controller("/api/transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "bank")
class TransfersController {

    private final TransferMoney transferMoney;
    private final IdempotentRequests idempotent;

    TransfersController(TransferMoney transferMoney, IdempotentRequests idempotent) {
        this.transferMoney = transferMoney;
        this.idempotent = idempotent;
    }

    @Post
    @Operation(summary = "Move money out of one's own account; requires an Idempotency-Key",
            description = "The same key with the same body replays the first response; with another body it is 422 "
                    + "idempotency_key_reused; while the first is still running, 409 idempotency_key_in_use.")
    @ApiResponse(responseCode = "201", description = "the transfer",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferResponse.class)))
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", description = "validation_failed, malformed_json, idempotency_key_missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "unauthenticated: no valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "account_not_found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "idempotency_key_in_use",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "insufficient_funds, currency_mismatch, same_account, account_not_open, idempotency_key_reused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "storage_unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    HttpResponse<String> transfer(Authentication authentication,
                                  // required: a request without it is 400 idempotency_key_missing
                                  // (ProblemErrorResponseProcessor), and the document says so
                                  @Parameter(description = "1-255 characters; the same key and body replay the first answer",
                                          schema = @Schema(minLength = 1, maxLength = 255))
                                  @Header(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Body @Valid TransferRequest request) {
        String key = IdempotentRequests.requireKey(idempotencyKey);
        Actor actor = Actors.from(authentication);
        TransferMoneyCommand command = new TransferMoneyCommand(actor,
                AccountId.parse("fromAccountId", request.fromAccountId()),
                AccountId.parse("toAccountId", request.toAccountId()),
                request.amount().toMoney("amount"),
                Optional.ofNullable(request.reference()));
        return idempotent.execute(actor, Optional.of(key), "POST", "/api/transfers", request, () -> {
            Transfer transfer = transferMoney.transfer(command);
            return new JsonReply(201, TransferResponse.of(transfer), Map.of());
        });
    }
}
