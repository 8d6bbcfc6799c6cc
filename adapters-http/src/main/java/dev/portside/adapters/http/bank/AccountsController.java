package dev.portside.adapters.http.bank;

import dev.portside.adapters.http.openapi.Created;
import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.openapi.Ok;
import dev.portside.adapters.http.paging.QueryValues;
import dev.portside.adapters.http.security.Actors;
import dev.portside.adapters.http.shared.ETags;
import dev.portside.application.bank.BankUseCases;
import dev.portside.application.bank.DepositMoney;
import dev.portside.application.bank.DepositMoneyCommand;
import dev.portside.application.bank.GetAccount;
import dev.portside.application.bank.GetAccountQuery;
import dev.portside.application.bank.GetStatement;
import dev.portside.application.bank.GetStatementQuery;
import dev.portside.application.bank.ListMyAccounts;
import dev.portside.application.bank.ListMyAccountsQuery;
import dev.portside.application.bank.OpenAccount;
import dev.portside.application.bank.OpenAccountCommand;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED)
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "bank")
class AccountsController {

    private final OpenAccount openAccount;
    private final ListMyAccounts listMyAccounts;
    private final GetAccount getAccount;
    private final DepositMoney depositMoney;
    private final GetStatement getStatement;
    private final BankMapper mapper;

    AccountsController(BankUseCases bank, BankMapper mapper) {
        this.openAccount = bank.openAccount();
        this.listMyAccounts = bank.listMyAccounts();
        this.getAccount = bank.getAccount();
        this.depositMoney = bank.depositMoney();
        this.getStatement = bank.getStatement();
        this.mapper = mapper;
    }

    @Post
    @Operation(summary = "Open an account in an ISO 4217 currency, owned by the caller")
    @Created
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    HttpResponse<AccountResponse> open(Authentication authentication, @Body @Valid OpenAccountRequest request) {
        Account account = openAccount.open(new OpenAccountCommand(Actors.from(authentication), request.currency()));
        return HttpResponse.created(mapper.account(account), URI.create("/api/accounts/" + account.id()))
                .header(HttpHeaders.ETAG, ETags.of(account.version()));
    }

    @Get
    @Ok
    @Operation(summary = "The caller's own accounts")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    List<AccountResponse> list(Authentication authentication) {
        return mapper.accounts(listMyAccounts.list(new ListMyAccountsQuery(Actors.from(authentication))));
    }

    @Get("/{id}")
    @Ok
    @Operation(summary = "One account, for its owner or an admin (404 otherwise)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    HttpResponse<AccountResponse> get(
            Authentication authentication, @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id) {
        Account account = getAccount.get(new GetAccountQuery(Actors.from(authentication), new AccountId(id)));
        return HttpResponse.ok(mapper.account(account)).header(HttpHeaders.ETAG, ETags.of(account.version()));
    }

    @Post("/{id}/deposits")
    @Operation(summary = "Deposit into one's own account")
    @Created
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.INVALID_BODY)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    @ApiResponse(responseCode = "422", ref = DocumentedProblems.DEPOSIT_REFUSED)
    HttpResponse<DepositResponse> deposit(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Body @Valid DepositRequest request) {
        DepositResponse receipt = mapper.deposit(depositMoney.deposit(new DepositMoneyCommand(
                Actors.from(authentication), new AccountId(id), request.amount().toMoney("amount"))));
        return HttpResponse.<DepositResponse>status(HttpStatus.CREATED).body(receipt);
    }

    @Get("/{id}/transfers")
    @Ok
    @Operation(summary = "The account's transfers, newest first, by cursor (owner or admin)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)
    StatementResponse statement(
            Authentication authentication,
            @PathVariable @Schema(format = "uuid", maxLength = 36) UUID id,
            @Nullable @QueryValue @Min(1) @Max(100) Integer limit,
            @Nullable @QueryValue @Size(max = 512) String cursor) {
        return mapper.statement(getStatement.get(GetStatementQuery.of(
                Actors.from(authentication), new AccountId(id), Optional.ofNullable(limit), QueryValues.text(cursor))));
    }
}
