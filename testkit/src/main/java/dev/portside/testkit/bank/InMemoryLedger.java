package dev.portside.testkit.bank;

import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Slice;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The ledger in memory, with the two read ports over it: they share one store, as a real adapter's
 * tables would.
 */
public final class InMemoryLedger implements Ledger, AccountStatements, LedgerBalances {

    private final InMemoryStore<TransferId, Transfer> transfers;
    private final InMemoryStore<DepositId, Deposit> deposits;

    public InMemoryLedger(InMemoryDatabase database) {
        this.transfers = new InMemoryStore<>(database);
        this.deposits = new InMemoryStore<>(database);
    }

    @Override
    public synchronized void record(Transfer transfer) {
        if (transfers.get(transfer.id()).isPresent()) {
            throw new IllegalStateException("transfer " + transfer.id() + " is already recorded");
        }
        transfers.put(transfer.id(), transfer);
    }

    @Override
    public synchronized void record(Deposit deposit) {
        if (deposits.get(deposit.id()).isPresent()) {
            throw new IllegalStateException("deposit " + deposit.id() + " is already recorded");
        }
        deposits.put(deposit.id(), deposit);
    }

    @Override
    public Slice<Transfer, StatementCursor> statement(AccountId accountId, int limit, Optional<StatementCursor> after) {
        Objects.requireNonNull(accountId, "accountId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        // one more than asked tells whether a next slice exists, as a real adapter would query it
        List<Transfer> page = transfers.all().stream()
                .filter(transfer -> transfer.involves(accountId))
                .filter(transfer ->
                        after.map(cursor -> cursor.precedes(transfer)).orElse(true))
                .sorted(Transfer.NEWEST_FIRST)
                .limit(limit + 1L)
                .toList();
        if (page.size() <= limit) {
            return new Slice<>(page, Optional.empty());
        }
        List<Transfer> items = page.subList(0, limit);
        return new Slice<>(items, Optional.of(StatementCursor.after(items.get(limit - 1))));
    }

    @Override
    public List<LedgerBalance> ledgerBalances(Collection<AccountId> accountIds) {
        Collection<Transfer> allTransfers = transfers.all();
        Collection<Deposit> allDeposits = deposits.all();
        return new TreeSet<>(accountIds)
                .stream()
                        .flatMap(id -> balanceOf(id, allTransfers, allDeposits).stream())
                        .toList();
    }

    private static Optional<LedgerBalance> balanceOf(
            AccountId id, Collection<Transfer> transfers, Collection<Deposit> deposits) {
        Stream<Money> in = Stream.concat(
                deposits.stream().filter(d -> d.accountId().equals(id)).map(Deposit::amount),
                transfers.stream().filter(t -> t.toAccountId().equals(id)).map(Transfer::amount));
        Stream<Money> out = transfers.stream()
                .filter(t -> t.fromAccountId().equals(id))
                .map(transfer -> transfer.amount().times(-1));
        return Stream.concat(in, out).reduce(Money::plus).map(balance -> new LedgerBalance(id, balance));
    }
}
