package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalance;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Slice;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The ledger and its two read models on one collection. Entries are inserted in the caller's unit of
 * work, so they commit or roll back with the balance changes they explain.
 */
@Singleton
@MongoAdapter
final class MongoLedger implements Ledger, AccountStatements, LedgerBalances {

    private final LedgerDocuments ledger;
    private final LedgerSums sums;
    private final LedgerDocumentMapper mapper;

    MongoLedger(LedgerDocuments ledger, LedgerSums sums, LedgerDocumentMapper mapper) {
        this.ledger = ledger;
        this.sums = sums;
        this.mapper = mapper;
    }

    @Override
    public void record(Transfer transfer) {
        ledger.save(mapper.toDocument(transfer));
    }

    @Override
    public void record(Deposit deposit) {
        ledger.save(mapper.toDocument(deposit));
    }

    /** Keyset paging, newest first; one extra entry is read to tell whether a next slice exists. */
    @Override
    public Slice<Transfer, StatementCursor> statement(AccountId accountId, int limit, Optional<StatementCursor> after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
        Pageable page = Pageable.from(0, limit + 1);
        List<Transfer> transfers = after
                .map(cursor -> ledger.transfersAfter(
                        accountId.value(),
                        cursor.createdAt(),
                        cursor.transferId().value(),
                        page))
                .orElseGet(() -> ledger.transfers(accountId.value(), page))
                .stream()
                .map(mapper::toTransfer)
                .toList();
        if (transfers.size() <= limit) {
            return new Slice<>(transfers, Optional.empty());
        }
        List<Transfer> slice = transfers.subList(0, limit);
        return new Slice<>(slice, Optional.of(StatementCursor.after(slice.get(limit - 1))));
    }

    @Override
    public List<LedgerBalance> ledgerBalances(Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = Set.copyOf(accountIds.stream().map(AccountId::value).toList());
        Map<AccountId, Money> balances = new TreeMap<>();
        for (LedgerSum line : sums.sums(ids)) {
            AccountId account = new AccountId(line.accountId());
            Money amount = Money.of(line.amount(), line.currency());
            Money current = balances.getOrDefault(account, Money.zero(amount.currency()));
            balances.put(
                    account, LedgerSum.OUT.equals(line.direction()) ? current.minus(amount) : current.plus(amount));
        }
        return balances.entrySet().stream()
                .map(entry -> new LedgerBalance(entry.getKey(), entry.getValue()))
                .toList();
    }
}
