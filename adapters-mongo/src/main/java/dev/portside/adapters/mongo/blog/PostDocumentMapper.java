package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.blog.Post;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
interface PostDocumentMapper {

    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(post.version()))")
    PostDocument toDocument(Post post);

    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    // the aggregate's transitions look like fluent setters to MapStruct; they are not properties
    @Mapping(target = "publish", ignore = true)
    @Mapping(target = "unpublish", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Post toPost(PostDocument document);
}
