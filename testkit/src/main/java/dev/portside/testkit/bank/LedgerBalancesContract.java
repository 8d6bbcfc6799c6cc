package dev.portside.testkit.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.shared.Money;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LedgerBalances} must do: per asked account with entries, deposits plus incoming
 * minus outgoing transfers, in the account's currency, ascending by account id.
 */
public abstract class LedgerBalancesContract extends LedgerContractSupport {

    @Test
    void derives_each_balance_from_deposits_and_transfers_on_a_known_data_set() {
        Account a = storedAccount("EUR");
        Account b = storedAccount("EUR");
        Account c = storedAccount("EUR");
        Account untouched = storedAccount("EUR");
        Account usd = storedAccount("USD");
        record(
                DepositMother.aDeposit(a.id(), "100.00", "EUR", T0),
                DepositMother.aDeposit(a.id(), "50.50", "EUR", T0.plusSeconds(1)),
                DepositMother.aDeposit(b.id(), "20.00", "EUR", T0),
                DepositMother.aDeposit(usd.id(), "7.00", "USD", T0));
        record(
                TransferMother.aTransfer()
                        .from(a.id())
                        .to(b.id())
                        .amount("30.25", "EUR")
                        .at(T0.plusSeconds(2))
                        .build(),
                TransferMother.aTransfer()
                        .from(b.id())
                        .to(c.id())
                        .amount("10.00", "EUR")
                        .at(T0.plusSeconds(3))
                        .build(),
                TransferMother.aTransfer()
                        .from(c.id())
                        .to(a.id())
                        .amount("0.25", "EUR")
                        .at(T0.plusSeconds(4))
                        .build());

        List<LedgerBalance> balances = inUnit(
                () -> ledgerBalances().ledgerBalances(List.of(usd.id(), c.id(), untouched.id(), b.id(), a.id())));

        assertThat(balances)
                .containsExactlyElementsOf(Stream.of(
                                new LedgerBalance(a.id(), Money.of("120.50", "EUR")),
                                new LedgerBalance(b.id(), Money.of("40.25", "EUR")),
                                new LedgerBalance(c.id(), Money.of("9.75", "EUR")),
                                new LedgerBalance(usd.id(), Money.of("7.00", "USD")))
                        .sorted(Comparator.comparing(LedgerBalance::accountId))
                        .toList());
    }

    @Test
    void an_account_whose_money_all_left_has_a_ledger_balance_of_zero_not_none() {
        Account from = storedAccount("EUR");
        Account to = storedAccount("EUR");
        record(DepositMother.aDeposit(from.id(), "5.00", "EUR", T0));
        record(TransferMother.aTransfer()
                .from(from.id())
                .to(to.id())
                .amount("5.00", "EUR")
                .at(T0)
                .build());

        assertThat(inUnit(() -> ledgerBalances().ledgerBalanceOf(from.id()))).contains(Money.of("0.00", "EUR"));
        assertThat(inUnit(() -> ledgerBalances().ledgerBalanceOf(to.id()))).contains(Money.of("5.00", "EUR"));
    }

    @Test
    void accounts_without_entries_and_unknown_accounts_are_left_out() {
        Account untouched = storedAccount("EUR");

        assertThat(inUnit(() -> ledgerBalances().ledgerBalances(List.of(untouched.id(), AccountId.newId()))))
                .isEmpty();
        assertThat(inUnit(() -> ledgerBalances().ledgerBalances(List.of()))).isEmpty();
    }
}
