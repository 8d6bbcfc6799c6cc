package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.idempotency.Idempotent;
import dev.portside.adapters.http.openapi.Created;
import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.security.Actors;
import dev.portside.application.bank.BankUseCases;
import dev.portside.application.bank.TransferMoney;
import dev.portside.application.bank.TransferMoneyCommand;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Optional;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/transfers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "bank")
class TransfersController {

    private final TransferMoney transferMoney;
    private final BankMapper mapper;

    TransfersController(BankUseCases bank, BankMapper mapper) {
        this.transferMoney = bank.transferMoney();
        this.mapper = mapper;
    }

    @Post
    @Idempotent(keyRequired = true)
    @Created
    @Operation(
            summary = "Move money out of one's own account; requires an Idempotency-Key",
            description = "The same key with the same body replays the first response; with another body it is 422 "
                    + "idempotency_key_reused; while the first is still running, 409 idempotency_key_in_use.")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_IDEMPOTENT_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.ACCOUNT_NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = DocumentedProblems.IDEMPOTENCY_KEY_IN_USE)
    @ApiResponse(responseCode = "422", ref = DocumentedProblems.TRANSFER_REFUSED)
    HttpResponse<TransferResponse> transfer(
            Authentication authentication,
            // bound (though @Idempotent reads it) so that a request without it
            // is refused first, 400 idempotency_key_missing
            // (ProblemErrorResponseProcessor), and the document says it is required
            @Parameter(
                            description = "1-255 characters; the same key and body replay the first answer",
                            schema = @Schema(minLength = 1, maxLength = 255))
                    @Header(Idempotent.HEADER)
                    String idempotencyKey,
            @Body @Valid TransferRequest request) {
        // parses both account ids and reports every bad one at once
        TransferMoneyCommand command = TransferMoneyCommand.of(
                Actors.from(authentication),
                request.fromAccountId(),
                request.toAccountId(),
                request.amount().toMoney("amount"),
                Optional.ofNullable(request.reference()));
        return HttpResponse.created(mapper.transfer(transferMoney.transfer(command)));
    }
}
