package dev.portside.testkit.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link Ledger} must do: keep each entry exactly, and only when its unit commits. */
public abstract class LedgerContract extends LedgerContractSupport {

    @Test
    void a_recorded_transfer_reads_back_equal_in_both_accounts_statements() {
        Account from = storedAccount("EUR");
        Account to = storedAccount("EUR");
        Transfer transfer = TransferMother.aTransfer()
                .from(from.id())
                .to(to.id())
                .amount("12.34", "EUR")
                .reference("invoice 42 \u00e9\u00e8")
                .at(T0)
                .build();

        record(transfer);

        assertThat(inUnit(() -> statements().statement(from.id(), 10, Optional.empty()))
                        .items())
                .containsExactly(transfer);
        assertThat(inUnit(() -> statements().statement(to.id(), 10, Optional.empty()))
                        .items())
                .containsExactly(transfer);
    }

    @Test
    void a_transfer_without_reference_reads_back_without_one() {
        Account from = storedAccount("JPY");
        Account to = storedAccount("JPY");
        Transfer transfer = TransferMother.aTransfer()
                .from(from.id())
                .to(to.id())
                .amount("500", "JPY")
                .at(T0)
                .build();

        record(transfer);

        assertThat(inUnit(() -> statements().statement(from.id(), 10, Optional.empty()))
                        .items())
                .singleElement()
                .satisfies(read -> {
                    assertThat(read.reference()).isEmpty();
                    assertThat(read.amount()).isEqualTo(Money.of("500", "JPY"));
                });
    }

    @Test
    void a_recorded_deposit_counts_in_the_ledger_balance_but_is_not_a_statement_line() {
        Account account = storedAccount("EUR");

        record(DepositMother.aDeposit(account.id(), "40.10", "EUR", T0));

        assertThat(inUnit(() -> ledgerBalances().ledgerBalanceOf(account.id()))).contains(Money.of("40.10", "EUR"));
        assertThat(inUnit(() -> statements().statement(account.id(), 10, Optional.empty()))
                        .items())
                .isEmpty();
    }

    @Test
    void entries_recorded_in_a_unit_that_fails_are_not_kept() {
        Account from = storedAccount("EUR");
        Account to = storedAccount("EUR");
        Deposit deposit = DepositMother.aDeposit(from.id(), "5.00", "EUR", T0);
        Transfer transfer = TransferMother.aTransfer()
                .from(from.id())
                .to(to.id())
                .amount("5.00", "EUR")
                .at(T0)
                .build();

        assertThatThrownBy(() -> unitOfWork().run(() -> {
                    ledger().record(deposit);
                    ledger().record(transfer);
                    throw new IllegalStateException("work failed after recording");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(inUnit(() -> ledgerBalances().ledgerBalances(List.of(from.id(), to.id()))))
                .isEmpty();
        assertThat(inUnit(() -> statements().statement(from.id(), 10, Optional.empty()))
                        .items())
                .isEmpty();
    }
}
