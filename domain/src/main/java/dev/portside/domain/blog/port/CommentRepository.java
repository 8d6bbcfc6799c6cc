package dev.portside.domain.blog.port;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import java.util.Optional;

/** Stores comments. Comments are never edited, so there is no update. Called inside a {@code UnitOfWork}. */
public interface CommentRepository {

    /** Inserts a new comment ({@code version == 0}) and returns it at version 1. */
    Comment add(Comment comment);

    Optional<Comment> findById(CommentId id);

    /** Removes every comment of the post (before the post itself is deleted); returns how many. */
    long deleteAllOf(PostId postId);
}
