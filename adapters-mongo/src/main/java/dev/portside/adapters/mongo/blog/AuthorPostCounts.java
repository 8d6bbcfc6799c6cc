package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoAggregateQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Blog statistics as aggregation pipelines over {@code posts}, joined to {@code users} for names. */
@MongoRepository
@MongoAdapter
interface AuthorPostCounts extends GenericRepository<AuthorPostCount, UUID> {

    @MongoAggregateQuery("[{$group: {_id: '$authorId', total: {$sum: 1},"
            + " published: {$sum: {$cond: [{$eq: ['$status', 'PUBLISHED']}, 1, 0]}}, lastPostAt: {$max: '$createdAt'}}},"
            + "{$sort: {lastPostAt: -1, _id: 1}},"
            + "{$lookup: {from: 'users', localField: '_id', foreignField: '_id', as: 'user'}},"
            + "{$unwind: {path: '$user', preserveNullAndEmptyArrays: true}},"
            + "{$project: {total: 1, published: 1, lastPostAt: 1, username: '$user.username'}}]")
    List<AuthorPostCount> perAuthor();

    /** How many authors wrote a post since the instant; no line at all when none did. */
    @MongoAggregateQuery("[{$match: {createdAt: {$gte: :since}}}, {$group: {_id: '$authorId'}},"
            + " {$group: {_id: null, authors: {$sum: 1}}}]")
    Optional<Long> countAuthorsSince(Instant since);
}
