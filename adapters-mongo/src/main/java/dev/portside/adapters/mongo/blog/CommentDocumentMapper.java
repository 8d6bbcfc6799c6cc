package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.blog.Comment;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
interface CommentDocumentMapper {

    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(comment.version()))")
    CommentDocument toDocument(Comment comment);

    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    @Mapping(target = "withVersion", ignore = true)
    Comment toComment(CommentDocument document);
}
