package dev.portside.adapters.mongo.blog;

import static com.mongodb.client.model.Filters.eq;

import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentRepository;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
@MongoAdapter
final class MongoCommentRepository implements CommentRepository {

    private final MongoStorage storage;

    MongoCommentRepository(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection comments() {
        return storage.collection(CommentDocuments.COLLECTION);
    }

    @Override
    public Comment add(Comment comment) {
        if (comment.version() != 0) {
            throw new IllegalArgumentException("comments are only ever added, at version 0");
        }
        long version = VersionedDocuments.save(comments(), comment.id().value(), 0,
                CommentDocuments.toDocument(comment), "comment " + comment.id());
        return comment.withVersion(version);
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return Optional.ofNullable(comments().findFirst(eq("_id", id.value()))).map(CommentDocuments::toComment);
    }

    @Override
    public long deleteAllOf(PostId postId) {
        return comments().deleteMany(eq("postId", postId.value()));
    }
}
