package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoAggregateQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The ledger balances' aggregation, over the {@code ledger} collection. */
@MongoRepository
@MongoAdapter
interface LedgerSums extends GenericRepository<LedgerSum, UUID> {

    String SUM = ", amount: {$sum: '$amount.amount'}, currency: {$first: '$amount.currency'}}}";

    /** Deposits and incoming transfers ({@code in}) and outgoing transfers ({@code out}) summed per account, in one {@code $facet}. */
    @MongoAggregateQuery(
            "[{$match: {$or: [{accountId: {$in: :ids}}, {fromAccountId: {$in: :ids}}, {toAccountId: {$in: :ids}}]}},"
                    + "{$facet: {"
                    + "deposits: [{$match: {kind: 'deposit', accountId: {$in: :ids}}}, {$group: {_id: '$accountId'"
                    + SUM
                    + ", {$addFields: {direction: 'in'}}],"
                    + "incoming: [{$match: {kind: 'transfer', toAccountId: {$in: :ids}}}, {$group: {_id: '$toAccountId'"
                    + SUM
                    + ", {$addFields: {direction: 'in'}}],"
                    + "outgoing: [{$match: {kind: 'transfer', fromAccountId: {$in: :ids}}}, {$group: {_id: '$fromAccountId'"
                    + SUM
                    + ", {$addFields: {direction: 'out'}}]}},"
                    + "{$project: {lines: {$concatArrays: ['$deposits', '$incoming', '$outgoing']}}},"
                    + "{$unwind: '$lines'}, {$replaceRoot: {newRoot: '$lines'}}]")
    List<LedgerSum> sums(Collection<UUID> ids);
}
