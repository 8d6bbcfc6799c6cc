package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.mongodb.annotation.MongoFindQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface LedgerDocuments extends GenericRepository<LedgerDocument, UUID> {

    LedgerDocument save(LedgerDocument entry);

    /**
     * An account's transfers, newest first; each side of the {@code $or} is served by its own index
     * ({@code ledger_from_created_at}, {@code ledger_to_created_at}). The page only limits.
     */
    @MongoFindQuery(
            filter = "{kind: 'transfer', $or: [{fromAccountId: :account}, {toAccountId: :account}]}",
            sort = "{createdAt: -1, _id: -1}")
    List<LedgerDocument> transfers(UUID account, Pageable page);

    /** The same, strictly after (older than) the keyset cursor. */
    @MongoFindQuery(
            filter = "{kind: 'transfer', $and: ["
                    + "{$or: [{fromAccountId: :account}, {toAccountId: :account}]},"
                    + "{$or: [{createdAt: {$lt: :createdAt}}, {createdAt: :createdAt, _id: {$lt: :transferId}}]}]}",
            sort = "{createdAt: -1, _id: -1}")
    List<LedgerDocument> transfersAfter(UUID account, Instant createdAt, UUID transferId, Pageable page);
}
