package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
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

    private final CommentDocuments comments;
    private final CommentDocumentMapper mapper;

    MongoCommentRepository(CommentDocuments comments, CommentDocumentMapper mapper) {
        this.comments = comments;
        this.mapper = mapper;
    }

    @Override
    public Comment add(Comment comment) {
        if (comment.version() != 0) {
            throw new IllegalArgumentException("comments are only ever added, at version 0");
        }
        CommentDocument stored = VersionedDocuments.save(
                0,
                mapper.toDocument(comment),
                comments::save,
                document -> {
                    throw new IllegalStateException("comments are never updated");
                },
                "comment " + comment.id());
        return mapper.toComment(stored);
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return comments.findById(id.value()).map(mapper::toComment);
    }

    @Override
    public long deleteAllOf(PostId postId) {
        return comments.deleteByPostId(postId.value());
    }
}
