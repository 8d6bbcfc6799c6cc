package dev.portside.application.bank;

import static dev.portside.application.bank.BankFixture.admin;
import static dev.portside.application.bank.BankFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.AccountStatus;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.Role;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenAndReadAccountsTest {

    private final BankFixture bank = new BankFixture();
    private final Actor alice = user();

    @Test
    void any_user_opens_an_empty_open_account_in_the_chosen_currency() {
        Account account = bank.open(alice, "CHF");

        assertThat(account.ownerId()).isEqualTo(alice.id());
        assertThat(account.balance()).isEqualTo(Money.of("0.00", "CHF"));
        assertThat(account.status()).isEqualTo(AccountStatus.OPEN);
        assertThat(account.createdAt()).isEqualTo(bank.clock.now());
        assertThat(account.version()).isEqualTo(1);
        assertThat(bank.stored(account.id())).isEqualTo(account);
    }

    @Test
    void opening_refuses_a_code_that_is_not_a_currency_of_account() {
        for (String code : new String[] {"eur", "EURO", "ZZZ", "XAU", ""}) {
            assertThatThrownBy(() -> new OpenAccountCommand(alice, code))
                    .as(code)
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("currency");
        }
    }

    @Test
    void a_user_lists_only_their_own_accounts_oldest_first() {
        Account first = bank.open(alice, "EUR");
        bank.clock.advance(Duration.ofMinutes(1));
        Account second = bank.open(alice, "USD");
        bank.open(user(), "EUR");

        assertThat(bank.listMyAccounts.list(new ListMyAccountsQuery(alice))).containsExactly(first, second);
        assertThat(bank.listMyAccounts.list(new ListMyAccountsQuery(user()))).isEmpty();
    }

    @Test
    void the_owner_and_an_admin_read_an_account() {
        Account account = bank.open(alice, "EUR");

        assertThat(bank.getAccount.get(new GetAccountQuery(alice, account.id())))
                .isEqualTo(account);
        assertThat(bank.getAccount.get(new GetAccountQuery(admin(), account.id())))
                .isEqualTo(account);
    }

    @Test
    void anyone_else_is_told_the_account_does_not_exist_like_for_an_unknown_id() {
        Account account = bank.open(alice, "EUR");
        Actor moderator = new Actor(user().id(), Set.of(Role.USER, Role.MODERATOR));

        for (Actor stranger : new Actor[] {user(), moderator}) {
            assertThatThrownBy(() -> bank.getAccount.get(new GetAccountQuery(stranger, account.id())))
                    .isInstanceOf(DomainException.class)
                    .extracting("errorCode")
                    .isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
        }
        assertThatThrownBy(() -> bank.getAccount.get(new GetAccountQuery(alice, AccountId.newId())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
    }
}
