package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.shared.PageRequest;
import java.util.Objects;
import java.util.Optional;

/** @param viewer empty for an anonymous caller */
public record ListCommentsQuery(Optional<Actor> viewer, PostId postId, PageRequest<CommentSortField> page) {

    public ListCommentsQuery {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(page, "page");
    }
}
