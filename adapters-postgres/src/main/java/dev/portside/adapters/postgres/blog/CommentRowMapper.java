package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Comments and listed comments to and from their rows. */
@Mapper
interface CommentRowMapper {

    // a fluent method MapStruct takes for a setter
    @Mapping(target = "withVersion", ignore = true)
    Comment toComment(CommentRow row);

    CommentRow toRow(Comment comment);

    @Mapping(target = "comment", source = ".")
    @Mapping(target = "author", source = ".")
    CommentView toView(CommentViewRow row);

    @Mapping(target = "withVersion", ignore = true)
    Comment toComment(CommentViewRow row);

    @Mapping(target = "id", source = "authorId")
    AuthorRef author(CommentViewRow row);

    default CommentId commentId(UUID id) {
        return new CommentId(id);
    }

    default UUID value(CommentId id) {
        return id.value();
    }

    default PostId postId(UUID id) {
        return new PostId(id);
    }

    default UUID value(PostId id) {
        return id.value();
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }

    default UUID value(UserId id) {
        return id.value();
    }

    default CommentContent content(String content) {
        return new CommentContent(content);
    }

    default String value(CommentContent content) {
        return content.value();
    }
}
