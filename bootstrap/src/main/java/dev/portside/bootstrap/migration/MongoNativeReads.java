package dev.portside.bootstrap.migration;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.DepositId;
import dev.portside.domain.bank.Transfer;
import dev.portside.domain.bank.TransferId;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * {@link NativeReads} on the MongoDB collections, through the adapter's session-bound collections so
 * that reads inside a unit of work see its transaction. Ids are the documents' {@code _id}s.
 */
final class MongoNativeReads implements NativeReads {

    private final MongoStorage storage;

    MongoNativeReads(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public List<UUID> idsAfter(Dataset dataset, Optional<UUID> after, int limit) {
        Bson filter = after.map(id -> inDataset(dataset, gt("_id", id))).orElse(inDataset(dataset, null));
        return collection(dataset)
                .find(filter)
                .projection(Projections.include("_id"))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .map(document -> document.get("_id", UUID.class))
                .into(new ArrayList<>());
    }

    @Override
    public Set<UUID> existing(Dataset dataset, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return collection(dataset)
                .find(inDataset(dataset, in("_id", ids)))
                .projection(Projections.include("_id"))
                .map(document -> document.get("_id", UUID.class))
                .into(new HashSet<>());
    }

    @Override
    public long count(Dataset dataset) {
        return collection(dataset).count(inDataset(dataset, null));
    }

    @Override
    public long countUpTo(Dataset dataset, UUID last) {
        return collection(dataset).count(inDataset(dataset, lte("_id", last)));
    }

    @Override
    public List<Deposit> deposits(Collection<UUID> ids) {
        return entries(Dataset.DEPOSITS, ids).stream()
                .map(document -> new Deposit(
                        new DepositId(document.get("_id", UUID.class)),
                        new AccountId(document.get("accountId", UUID.class)),
                        Values.money(document.get("amount", Document.class)),
                        Values.instant(document, "createdAt")))
                .toList();
    }

    @Override
    public List<Transfer> transfers(Collection<UUID> ids) {
        return entries(Dataset.TRANSFERS, ids).stream()
                .map(document -> new Transfer(
                        new TransferId(document.get("_id", UUID.class)),
                        new AccountId(document.get("fromAccountId", UUID.class)),
                        new AccountId(document.get("toAccountId", UUID.class)),
                        Values.money(document.get("amount", Document.class)),
                        Values.optionalString(document, "reference"),
                        Values.instant(document, "createdAt")))
                .toList();
    }

    private List<Document> entries(Dataset dataset, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return collection(dataset).find(inDataset(dataset, in("_id", ids))).into(new ArrayList<>());
    }

    private BoundCollection collection(Dataset dataset) {
        return storage.collection(dataset.collection());
    }

    /** The filter restricted to the dataset's ledger kind, where the collection holds several. */
    private static Bson inDataset(Dataset dataset, @Nullable Bson filter) {
        List<Bson> parts = new ArrayList<>();
        if (dataset.ledgerKind() != null) {
            parts.add(eq("kind", dataset.ledgerKind()));
        }
        if (filter != null) {
            parts.add(filter);
        }
        return parts.isEmpty() ? new Document() : parts.size() == 1 ? parts.get(0) : and(parts);
    }
}
