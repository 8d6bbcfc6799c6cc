package dev.portside.testkit.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public final class InMemoryCommentRepository implements CommentRepository {

    private final InMemoryStore<CommentId, Comment> comments;

    public InMemoryCommentRepository(InMemoryDatabase database) {
        this.comments = new InMemoryStore<>(database);
    }

    @Override
    public Comment add(Comment comment) {
        if (comment.version() != 0 || comments.get(comment.id()).isPresent()) {
            throw new IllegalArgumentException("comment " + comment.id() + " is already stored");
        }
        Comment saved = comment.withVersion(1);
        comments.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return comments.get(id);
    }

    @Override
    public long deleteAllOf(PostId postId) {
        List<Comment> doomed =
                comments.all().stream().filter(c -> c.postId().equals(postId)).toList();
        doomed.forEach(c -> comments.remove(c.id()));
        return doomed.size();
    }

    Collection<Comment> all() {
        return comments.all();
    }
}
