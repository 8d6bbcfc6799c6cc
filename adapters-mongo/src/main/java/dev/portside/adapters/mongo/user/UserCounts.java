package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoAggregateQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The admin overview's aggregation over {@code users}. */
@MongoRepository
@MongoAdapter
interface UserCounts extends GenericRepository<UserCount, String> {

    /** One pass: a facet counting by status, one counting the active users who logged in between the two instants. */
    @MongoAggregateQuery("[{$facet: {"
            + "byStatus: [{$group: {_id: '$status', count: {$sum: 1}}}],"
            + "active: [{$match: {status: 'ACTIVE', lastLoginAt: {$gte: :from, $lte: :to}}},"
            + " {$group: {_id: '" + UserCount.RECENTLY_ACTIVE + "', count: {$sum: 1}}}]}},"
            + "{$project: {lines: {$concatArrays: ['$byStatus', '$active']}}},"
            + "{$unwind: '$lines'}, {$replaceRoot: {newRoot: '$lines'}}]")
    List<UserCount> summarize(Instant from, Instant to);
}
