package dev.portside.adapters.mongo.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Documents written through Micronaut Data keep the stored form the hand-written adapter used (and the
 * migration and the indexes rely on): UUIDs as binary subtype 4, instants as BSON dates, money as an
 * embedded Decimal128 amount and currency code.
 */
@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BankStoredFormatTest implements OnTestMongo {

    @Inject
    AccountRepository accounts;

    @Inject
    Ledger ledger;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    MongoStorage storage;

    @Test
    void an_account_is_stored_with_uuids_dates_and_decimal_money() {
        UserId owner = new UserId(UUID.randomUUID());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Account opened = Account.open(owner, Currency.getInstance("EUR"), now);
        Account saved = unitOfWork.execute(() -> accounts.save(opened));
        Account deposited = unitOfWork.execute(
                () -> accounts.save(saved.deposit(Money.of(new java.math.BigDecimal("12.50"), "EUR"))));

        Document stored = storage.database()
                .getCollection("accounts")
                .find(Filters.eq("_id", opened.id().value()))
                .first();

        assertThat(stored).isNotNull();
        assertThat(stored.get("_id")).isEqualTo(opened.id().value());
        assertThat(stored.get("ownerId")).isEqualTo(owner.value());
        assertThat(stored.get("createdAt")).isEqualTo(Date.from(now));
        Document balance = stored.get("balance", Document.class);
        assertThat(balance.get("amount")).isEqualTo(new Decimal128(new java.math.BigDecimal("12.50")));
        assertThat(balance.get("currency")).isEqualTo("EUR");
        assertThat(stored.get("status")).isEqualTo("OPEN");
        assertThat(deposited.version()).isEqualTo(2);
        assertThat(accounts.findById(opened.id())).contains(deposited);
    }

    @Test
    void a_deposit_is_stored_without_the_fields_of_a_transfer() {
        Account account = unitOfWork.execute(() ->
                accounts.save(Account.open(new UserId(UUID.randomUUID()), Currency.getInstance("EUR"), Instant.now())));
        Deposit deposit = Deposit.into(
                account.id(), Money.of("3.00", "EUR"), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        unitOfWork.run(() -> ledger.record(deposit));

        Document stored = storage.database()
                .getCollection("ledger")
                .find(Filters.eq("_id", deposit.id().value()))
                .first();

        assertThat(stored).isNotNull();
        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "kind", "accountId", "amount", "createdAt");
        assertThat(stored.get("kind")).isEqualTo("deposit");
        assertThat(stored.get("accountId")).isEqualTo(account.id().value());
    }
}
