package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface CommentDocuments extends GenericRepository<CommentDocument, UUID> {

    Optional<CommentDocument> findById(UUID id);

    /** Served by {@code comments_post_created_at} in the listing's order. */
    Page<CommentDocument> findByPostId(UUID postId, Pageable page);

    CommentDocument save(CommentDocument comment);

    long deleteByPostId(UUID postId);
}
