package dev.portside.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.http.scenarios.ApiClient;
import dev.portside.generatedclient.ApiException;
import dev.portside.generatedclient.ApiResponse;
import dev.portside.generatedclient.api.BankApi;
import dev.portside.generatedclient.api.UsersApi;
import dev.portside.generatedclient.model.AccountResponse;
import dev.portside.generatedclient.model.DepositRequest;
import dev.portside.generatedclient.model.LoginRequest;
import dev.portside.generatedclient.model.Money;
import dev.portside.generatedclient.model.OpenAccountRequest;
import dev.portside.generatedclient.model.Problem;
import dev.portside.generatedclient.model.RegisterUserRequest;
import dev.portside.generatedclient.model.StatementResponse;
import dev.portside.generatedclient.model.TransferRequest;
import dev.portside.generatedclient.model.TransferResponse;
import dev.portside.generatedclient.model.UserResponse;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A client that OpenAPI Generator (Maven plugin, {@code java}/{@code native}) generated from the
 * document this service serves, driving one customer's path through the bank. Any operation, status,
 * header or schema the document gets wrong breaks this test at compile time or here.
 */
@MicronautTest
class GeneratedClientScenarioTest {

    @Inject
    EmbeddedServer server;

    @Test
    void the_client_was_generated_from_the_document_the_service_serves() throws Exception {
        String served = new ApiClient(server.getURI())
                .get("/swagger/portside-0.1.0.yml", null)
                .body();
        String generatedFrom =
                Files.readString(Path.of("target/classes/META-INF/swagger/portside-0.1.0.yml"), StandardCharsets.UTF_8);
        assertThat(served).isEqualTo(generatedFrom);
    }

    @Test
    void register_login_open_deposit_transfer_replay_statement_and_a_refusal() throws Exception {
        String name = "gen" + UUID.randomUUID().toString().substring(0, 8);
        UsersApi anonymous = new UsersApi(client(null));

        UserResponse registered = anonymous.register(new RegisterUserRequest()
                .username(name)
                .email(name + "@example.com")
                .password("generated-client-1"));
        assertThat(registered.getUsername()).isEqualTo(name);
        String token = anonymous
                .login(new LoginRequest().login(name).password("generated-client-1"))
                .getAccessToken();

        BankApi bank = new BankApi(client(token));
        AccountResponse from = bank.open(new OpenAccountRequest().currency("EUR"));
        AccountResponse to = bank.open(new OpenAccountRequest().currency("EUR"));
        assertThat(bank.deposit(from.getId(), new DepositRequest().amount(eur("100.00")))
                        .getBalance()
                        .getAmount())
                .isEqualTo("100.00");

        TransferRequest transfer = new TransferRequest()
                .fromAccountId(from.getId().toString())
                .toAccountId(to.getId().toString())
                .amount(eur("30.00"))
                .reference("rent");
        String key = UUID.randomUUID().toString();
        ApiResponse<TransferResponse> first = bank.transferWithHttpInfo(key, transfer);
        ApiResponse<TransferResponse> replay = bank.transferWithHttpInfo(key, transfer);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(replay.getStatusCode()).isEqualTo(201);
        assertThat(replay.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(replay.getHeaders()).containsKey("idempotent-replayed");

        StatementResponse statement = bank.statement(from.getId(), 10, null);
        assertThat(statement.getItems())
                .extracting(TransferResponse::getId)
                .containsExactly(first.getData().getId());
        assertThat(bank.get(from.getId()).getBalance().getAmount()).isEqualTo("70.00");

        ApiException refused = (ApiException) org.assertj.core.api.Assertions.catchThrowable(
                () -> bank.transfer(UUID.randomUUID().toString(), transfer.amount(eur("1000.00"))));
        assertThat(refused.getCode()).isEqualTo(422);
        Problem problem = client(token).getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getCode().getValue()).isEqualTo("insufficient_funds");
        assertThatThrownBy(() -> anonymous.me())
                .isInstanceOfSatisfying(
                        ApiException.class,
                        unauthenticated -> assertThat(unauthenticated.getCode()).isEqualTo(401));
    }

    private dev.portside.generatedclient.ApiClient client(String token) {
        dev.portside.generatedclient.ApiClient client = new dev.portside.generatedclient.ApiClient();
        client.updateBaseUri(server.getURI().toString());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static Money eur(String amount) {
        return new Money().amount(amount).currency("EUR");
    }
}
