package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.openapi.DocumentedProblems;

import dev.portside.adapters.http.idempotency.IdempotentRequests;
import dev.portside.adapters.http.idempotency.JsonReply;
import dev.portside.adapters.http.security.Actors;
import dev.portside.application.bank.TransferMoney;
import dev.portside.application.bank.TransferMoneyCommand;
import dev.portside.application.shared.Actor;
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

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
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
    // not @Created: the body is a stored JSON string (replayed as it was first answered), so its schema
    // is named here, with the fields @Created documents
    @ApiResponse(responseCode = "201", description = "the transfer", headers = {
            @io.swagger.v3.oas.annotations.headers.Header(name = "RateLimit", description = "remaining quota, e.g. \"writes\";r=119;t=1",
                    schema = @Schema(type = "string", maxLength = 200, pattern = "^\"[a-z]+\";r=[0-9]+;t=[0-9]+$")),
            @io.swagger.v3.oas.annotations.headers.Header(name = "RateLimit-Policy", description = "the quota, e.g. \"writes\";q=120;w=60",
                    schema = @Schema(type = "string", maxLength = 200, pattern = "^\"[a-z]+\";q=[0-9]+;w=[0-9]+$"))},
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferResponse.class)))
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_IDEMPOTENT_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.ACCOUNT_NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.IDEMPOTENCY_KEY_IN_USE)
    @ApiResponse(responseCode = "422", ref = DocumentedProblems.TRANSFER_REFUSED)
    HttpResponse<String> transfer(Authentication authentication,
                                  // required: a request without it is 400 idempotency_key_missing
                                  // (ProblemErrorResponseProcessor), and the document says so
                                  @Parameter(description = "1-255 characters; the same key and body replay the first answer",
                                          schema = @Schema(minLength = 1, maxLength = 255))
                                  @Header(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Body @Valid TransferRequest request) {
        String key = IdempotentRequests.requireKey(idempotencyKey);
        Actor actor = Actors.from(authentication);
        TransferMoneyCommand command = TransferMoneyCommand.of(actor, request.fromAccountId(), request.toAccountId(),
                request.amount().toMoney("amount"),
                Optional.ofNullable(request.reference()));
        return idempotent.execute(actor, Optional.of(key), "POST", "/api/transfers", request, () -> {
            Transfer transfer = transferMoney.transfer(command);
            return new JsonReply(201, TransferResponse.of(transfer), Map.of());
        });
    }
}
