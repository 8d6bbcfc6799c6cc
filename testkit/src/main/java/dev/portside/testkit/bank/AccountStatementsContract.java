package dev.portside.testkit.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Slice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountStatements} must do: the account's transfers in both directions, newest
 * first with ties on the same instant broken by id (descending, uuid order), keyset-paged with a
 * cursor that is present exactly when more transfers follow.
 */
public abstract class AccountStatementsContract extends LedgerContractSupport {

    private Transfer transfer(AccountId from, AccountId to, Instant at) {
        return TransferMother.aTransfer()
                .from(from)
                .to(to)
                .amount("1.00", "EUR")
                .at(at)
                .build();
    }

    private Slice<Transfer, StatementCursor> statement(AccountId id, int limit, Optional<StatementCursor> after) {
        return inUnit(() -> statements().statement(id, limit, after));
    }

    @Test
    void lists_transfers_out_of_and_into_the_account_newest_first_and_only_those() {
        Account mine = storedAccount("EUR");
        Account other = storedAccount("EUR");
        Account third = storedAccount("EUR");
        Transfer out = transfer(mine.id(), other.id(), T0);
        Transfer in = transfer(other.id(), mine.id(), T0.plusSeconds(5));
        Transfer unrelated = transfer(other.id(), third.id(), T0.plusSeconds(2));
        record(out, in, unrelated);

        Slice<Transfer, StatementCursor> slice = statement(mine.id(), 10, Optional.empty());

        assertThat(slice.items()).containsExactly(in, out);
        assertThat(slice.next()).isEmpty();
    }

    @Test
    void an_account_without_transfers_has_an_empty_statement_without_cursor() {
        Slice<Transfer, StatementCursor> slice = statement(storedAccount("EUR").id(), 100, Optional.empty());

        assertThat(slice.items()).isEmpty();
        assertThat(slice.next()).isEmpty();
    }

    @Test
    void the_next_cursor_is_present_exactly_when_more_transfers_follow() {
        Account mine = storedAccount("EUR");
        Account other = storedAccount("EUR");
        Transfer older = transfer(mine.id(), other.id(), T0);
        Transfer newer = transfer(mine.id(), other.id(), T0.plusMillis(1));
        record(older, newer);

        Slice<Transfer, StatementCursor> first = statement(mine.id(), 1, Optional.empty());
        Slice<Transfer, StatementCursor> exact = statement(mine.id(), 2, Optional.empty());

        assertThat(first.items()).containsExactly(newer);
        assertThat(first.next()).contains(StatementCursor.after(newer));
        assertThat(exact.items()).containsExactly(newer, older);
        assertThat(exact.next()).isEmpty();
        Slice<Transfer, StatementCursor> last = statement(mine.id(), 1, first.next());
        assertThat(last.items()).containsExactly(older);
        assertThat(last.next()).isEmpty();
    }

    @Test
    void paging_with_cursors_visits_every_transfer_once_in_order_across_equal_timestamps() {
        Account mine = storedAccount("EUR");
        Account other = storedAccount("EUR");
        List<Transfer> all = new ArrayList<>();
        // five at one instant, with ids whose halves differ in the top bit so uuid order matters
        UUID base = UUID.randomUUID();
        long msb = base.getMostSignificantBits();
        long lsb = base.getLeastSignificantBits();
        long[][] halves = {
            {msb & Long.MAX_VALUE, lsb & Long.MAX_VALUE}, {msb & Long.MAX_VALUE, lsb | Long.MIN_VALUE},
            {msb | Long.MIN_VALUE, lsb & Long.MAX_VALUE}, {msb | Long.MIN_VALUE, lsb | Long.MIN_VALUE},
            {msb ^ 1, lsb},
        };
        for (int i = 0; i < halves.length; i++) {
            AccountId from = i % 2 == 0 ? mine.id() : other.id();
            AccountId to = i % 2 == 0 ? other.id() : mine.id();
            all.add(TransferMother.aTransfer()
                    .withId(new TransferId(new UUID(halves[i][0], halves[i][1])))
                    .from(from)
                    .to(to)
                    .amount("1.00", "EUR")
                    .at(T0.plusSeconds(1))
                    .build());
        }
        all.add(transfer(mine.id(), other.id(), T0));
        all.add(transfer(other.id(), mine.id(), T0.plusSeconds(2)));
        record(all.toArray(Transfer[]::new));
        List<Transfer> expected = all.stream().sorted(Transfer.NEWEST_FIRST).toList();

        List<Transfer> walked = new ArrayList<>();
        Optional<StatementCursor> cursor = Optional.empty();
        int slices = 0;
        do {
            Slice<Transfer, StatementCursor> slice = statement(mine.id(), 2, cursor);
            assertThat(slice.items()).hasSizeBetween(1, 2);
            walked.addAll(slice.items());
            cursor = slice.next();
            slices++;
        } while (cursor.isPresent() && slices < 10);

        assertThat(walked).containsExactlyElementsOf(expected);
        assertThat(slices).isEqualTo(4);
    }

    @Test
    void a_cursor_that_went_through_its_text_form_continues_where_the_slice_ended() {
        Account mine = storedAccount("EUR");
        Account other = storedAccount("EUR");
        Transfer a = transfer(mine.id(), other.id(), T0);
        Transfer b = transfer(mine.id(), other.id(), T0.plusMillis(10));
        Transfer c = transfer(other.id(), mine.id(), T0.plusMillis(20));
        record(a, b, c);

        String text =
                statement(mine.id(), 1, Optional.empty()).next().orElseThrow().encode();

        assertThat(statement(mine.id(), 5, Optional.of(StatementCursor.decode(text)))
                        .items())
                .containsExactly(b, a);
    }

    @Test
    void transfers_recorded_after_a_cursor_was_issued_do_not_shift_the_following_slices() {
        Account mine = storedAccount("EUR");
        Account other = storedAccount("EUR");
        Transfer a = transfer(mine.id(), other.id(), T0);
        Transfer b = transfer(mine.id(), other.id(), T0.plusSeconds(1));
        Transfer c = transfer(mine.id(), other.id(), T0.plusSeconds(2));
        record(a, b, c);
        Optional<StatementCursor> cursor =
                statement(mine.id(), 1, Optional.empty()).next();

        record(transfer(other.id(), mine.id(), T0.plusSeconds(3)));

        assertThat(statement(mine.id(), 5, cursor).items()).containsExactly(b, a);
    }
}
