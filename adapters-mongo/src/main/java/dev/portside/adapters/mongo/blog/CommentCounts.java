package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoAggregateQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface CommentCounts extends GenericRepository<CommentCount, UUID> {

    /** The comments of a page's posts, counted in one aggregation (posts without comments have no line). */
    @MongoAggregateQuery("[{$match: {postId: {$in: :postIds}}}, {$group: {_id: '$postId', count: {$sum: 1}}}]")
    List<CommentCount> countByPost(Collection<UUID> postIds);
}
