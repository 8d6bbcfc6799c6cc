package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = DocumentValues.class, imports = DocumentValues.class)
interface CommentDocumentMapper {

    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(comment.version()))")
    CommentDocument toDocument(Comment comment);

    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    @Mapping(target = "withVersion", ignore = true)
    Comment toComment(CommentDocument document);

    default UUID commentId(CommentId id) {
        return id.value();
    }

    default CommentId commentId(UUID id) {
        return new CommentId(id);
    }

    default UUID postId(PostId id) {
        return id.value();
    }

    default PostId postId(UUID id) {
        return new PostId(id);
    }

    default UUID userId(UserId id) {
        return id.value();
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }

    default String content(CommentContent content) {
        return content.value();
    }

    default CommentContent content(String content) {
        return new CommentContent(content);
    }
}
