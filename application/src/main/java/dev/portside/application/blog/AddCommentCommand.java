package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Validation;
import java.util.Objects;

public record AddCommentCommand(Actor actor, PostId postId, CommentContent content) {

    public AddCommentCommand {
        new Validation()
                .required("actor", actor)
                .required("id", postId)
                .required("content", content)
                .done();
    }

    public static AddCommentCommand of(Actor actor, PostId postId, String content) {
        Validation check = new Validation();
        CommentContent checked = check.parse(() -> new CommentContent(content));
        check.required("actor", actor).required("id", postId).done();
        // done() has thrown unless the parse succeeded
        return new AddCommentCommand(actor, postId, Objects.requireNonNull(checked));
    }
}
