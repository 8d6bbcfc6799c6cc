package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.CommentSortField;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.Validation;
import java.util.Optional;

/** @param viewer empty for an anonymous caller */
public record ListCommentsQuery(Optional<Actor> actor, PostId postId, PageRequest<CommentSortField> page) {

    public ListCommentsQuery {
        new Validation()
                .required("actor", actor)
                .required("id", postId)
                .required("page", page)
                .done();
    }
}
