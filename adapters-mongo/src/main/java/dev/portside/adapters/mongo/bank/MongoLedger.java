package dev.portside.adapters.mongo.bank;

import static com.mongodb.client.model.Accumulators.first;
import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.facet;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Sorts;
import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Values;
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
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The ledger and its two read models on one collection. Entries are inserted in the caller's unit of
 * work, so they commit or roll back with the balance changes they explain.
 */
@Singleton
@MongoAdapter
final class MongoLedger implements Ledger, AccountStatements, LedgerBalances {

    private final MongoStorage storage;

    MongoLedger(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection ledger() {
        return storage.collection(LedgerDocuments.COLLECTION);
    }

    @Override
    public void record(Transfer transfer) {
        ledger().insert(LedgerDocuments.toDocument(transfer));
    }

    @Override
    public void record(Deposit deposit) {
        ledger().insert(LedgerDocuments.toDocument(deposit));
    }

    /**
     * Keyset paging, newest first: each side of the {@code $or} is served by its own index
     * ({@code ledger_from_created_at}, {@code ledger_to_created_at}), and one extra entry is read to
     * tell whether a next slice exists.
     */
    @Override
    public Slice<Transfer, StatementCursor> statement(AccountId accountId, int limit, Optional<StatementCursor> after) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("kind", LedgerDocuments.TRANSFER));
        filters.add(or(eq("fromAccountId", accountId.value()), eq("toAccountId", accountId.value())));
        after.ifPresent(cursor -> filters.add(or(
                lt("createdAt", Values.date(cursor.createdAt())),
                and(eq("createdAt", Values.date(cursor.createdAt())), lt("_id", cursor.transferId().value())))));
        List<Transfer> transfers = ledger().find(and(filters))
                .sort(Sorts.descending("createdAt", "_id"))
                .limit(limit + 1)
                .map(LedgerDocuments::toTransfer)
                .into(new ArrayList<>());
        if (transfers.size() <= limit) {
            return new Slice<>(transfers, Optional.empty());
        }
        List<Transfer> page = transfers.subList(0, limit);
        return new Slice<>(page, Optional.of(StatementCursor.after(page.get(limit - 1))));
    }

    /** Deposits plus incoming minus outgoing transfers, summed per account in one {@code $facet}. */
    @Override
    public List<LedgerBalance> ledgerBalances(Collection<AccountId> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = Set.copyOf(accountIds.stream().map(AccountId::value).toList());
        Document sums = ledger().aggregate(List.of(
                match(or(in("accountId", ids), in("fromAccountId", ids), in("toAccountId", ids))),
                facet(
                        new Facet("deposits", match(and(eq("kind", LedgerDocuments.DEPOSIT), in("accountId", ids))),
                                sumPer("$accountId")),
                        new Facet("incoming", match(and(eq("kind", LedgerDocuments.TRANSFER), in("toAccountId", ids))),
                                sumPer("$toAccountId")),
                        new Facet("outgoing", match(and(eq("kind", LedgerDocuments.TRANSFER), in("fromAccountId", ids))),
                                sumPer("$fromAccountId"))))).first();
        Map<AccountId, Money> balances = new TreeMap<>();
        add(balances, sums.getList("deposits", Document.class), false);
        add(balances, sums.getList("incoming", Document.class), false);
        add(balances, sums.getList("outgoing", Document.class), true);
        return balances.entrySet().stream().map(entry -> new LedgerBalance(entry.getKey(), entry.getValue())).toList();
    }

    private static Bson sumPer(String account) {
        return group(account, sum("amount", "$amount.amount"), first("currency", "$amount.currency"));
    }

    private static void add(Map<AccountId, Money> balances, List<Document> sums, boolean subtract) {
        for (Document line : sums) {
            AccountId account = new AccountId(line.get("_id", UUID.class));
            Money amount = Money.of(Values.decimal(line.get("amount")), line.getString("currency"));
            Money current = balances.getOrDefault(account, Money.zero(amount.currency()));
            balances.put(account, subtract ? current.minus(amount) : current.plus(amount));
        }
    }
}
