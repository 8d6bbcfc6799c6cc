package dev.portside.domain.blog.port;

import dev.portside.domain.blog.Comment;
import java.util.Objects;

/** A comment as listed: the comment plus its author's id and username. */
public record CommentView(Comment comment, AuthorRef author) {

    public CommentView {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(author, "author");
        if (!comment.authorId().equals(author.id())) {
            throw new IllegalArgumentException("author does not match the comment's author");
        }
    }
}
