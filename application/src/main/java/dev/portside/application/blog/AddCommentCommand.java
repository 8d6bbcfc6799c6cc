package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.PostId;
import java.util.Objects;

public record AddCommentCommand(Actor author, PostId postId, CommentContent content) {

    public AddCommentCommand {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(content, "content");
    }

    public static AddCommentCommand of(Actor author, PostId postId, String content) {
        return new AddCommentCommand(author, postId, new CommentContent(content));
    }
}
