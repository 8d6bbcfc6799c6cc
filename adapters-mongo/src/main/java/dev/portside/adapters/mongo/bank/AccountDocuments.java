package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoFindQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.mongodb.annotation.MongoUpdateQuery;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface AccountDocuments extends GenericRepository<AccountDocument, UUID> {

    Optional<AccountDocument> findById(UUID id);

    @MongoFindQuery(filter = "{ownerId: :ownerId}", sort = "{createdAt: 1, _id: 1}")
    List<AccountDocument> findByOwner(UUID ownerId);

    AccountDocument save(AccountDocument account);

    /** Replaces the account while it still has the version it was read with (optimistic locking). */
    AccountDocument update(AccountDocument account);

    /**
     * MongoDB has no {@code SELECT ... FOR UPDATE}: inside a transaction a write is the next best lock.
     * Bumping a counter makes every other transaction that touches one of these accounts fail with a
     * write conflict at once, which the unit of work retries.
     */
    @MongoUpdateQuery(filter = "{_id: {$in: :ids}}", update = "{$inc: {lockCounter: 1}}")
    long lock(Collection<UUID> ids);

    /** BSON compares subtype-4 UUIDs byte by byte (unsigned, most significant half first): the ports' id order. */
    @MongoFindQuery(filter = "{_id: {$in: :ids}}", sort = "{_id: 1}")
    List<AccountDocument> findAllByIdOrdered(Collection<UUID> ids);
}
