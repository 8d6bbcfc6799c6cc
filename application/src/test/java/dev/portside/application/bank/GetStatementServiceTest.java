package dev.portside.application.bank;

import static dev.portside.application.bank.BankFixture.admin;
import static dev.portside.application.bank.BankFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Slice;
import dev.portside.domain.shared.ValidationException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GetStatementServiceTest {

    private final BankFixture bank = new BankFixture();
    private final Actor alice = user();
    private final Actor bob = user();

    private Transfer send(Actor actor, Account from, Account to, String amount) {
        bank.clock.advance(Duration.ofSeconds(1));
        return bank.transferMoney.transfer(
                new TransferMoneyCommand(actor, from.id(), to.id(), Money.of(amount, "EUR"), Optional.empty()));
    }

    @Test
    void the_owner_pages_through_the_statement_newest_first_with_an_opaque_cursor() {
        Account mine = bank.openWith(alice, "100.00", "EUR");
        Account theirs = bank.openWith(bob, "100.00", "EUR");
        Transfer first = send(alice, mine, theirs, "1.00");
        Transfer second = send(bob, theirs, mine, "2.00");
        Transfer third = send(alice, mine, theirs, "3.00");

        Slice<Transfer, StatementCursor> page1 =
                bank.getStatement.get(GetStatementQuery.of(alice, mine.id(), Optional.of(2), Optional.empty()));
        String cursor = page1.next().orElseThrow().encode();
        Slice<Transfer, StatementCursor> page2 =
                bank.getStatement.get(GetStatementQuery.of(alice, mine.id(), Optional.of(2), Optional.of(cursor)));

        assertThat(page1.items()).containsExactly(third, second);
        assertThat(page2.items()).containsExactly(first);
        assertThat(page2.next()).isEmpty();
    }

    @Test
    void an_admin_reads_any_statement_and_anyone_else_is_told_it_does_not_exist() {
        Account mine = bank.openWith(alice, "10.00", "EUR");
        Transfer transfer = send(alice, mine, bank.open(bob, "EUR"), "1.00");

        assertThat(bank.getStatement
                        .get(new GetStatementQuery(admin(), mine.id(), 10, Optional.empty()))
                        .items())
                .containsExactly(transfer);
        assertThatThrownBy(() -> bank.getStatement.get(new GetStatementQuery(bob, mine.id(), 10, Optional.empty())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
        assertThatThrownBy(() ->
                        bank.getStatement.get(new GetStatementQuery(alice, AccountId.newId(), 10, Optional.empty())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ACCOUNT_NOT_FOUND);
    }

    @Test
    void the_query_defaults_the_limit_and_refuses_a_bad_limit_or_cursor() {
        AccountId id = AccountId.newId();

        assertThat(GetStatementQuery.of(alice, id, Optional.empty(), Optional.empty())
                        .limit())
                .isEqualTo(20);
        for (int limit : new int[] {0, -1, 101}) {
            assertThatThrownBy(() -> new GetStatementQuery(alice, id, limit, Optional.empty()))
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("limit");
        }
        assertThatThrownBy(() -> GetStatementQuery.of(alice, id, Optional.of(10), Optional.of("garbage!")))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("cursor");
    }
}
