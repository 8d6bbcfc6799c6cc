package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Comments and listed comments to and from their rows. */
@Mapper(uses = StoredValues.class)
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
}
