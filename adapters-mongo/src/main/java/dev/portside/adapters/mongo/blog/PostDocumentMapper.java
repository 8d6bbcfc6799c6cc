package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = DocumentValues.class, imports = DocumentValues.class)
interface PostDocumentMapper {

    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(post.version()))")
    PostDocument toDocument(Post post);

    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    // the aggregate's transitions look like fluent setters to MapStruct; they are not properties
    @Mapping(target = "publish", ignore = true)
    @Mapping(target = "unpublish", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Post toPost(PostDocument document);

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

    default String title(PostTitle title) {
        return title.value();
    }

    default PostTitle title(String title) {
        return new PostTitle(title);
    }

    default String content(PostContent content) {
        return content.value();
    }

    default PostContent content(String content) {
        return new PostContent(content);
    }

    default List<String> tags(Tags tags) {
        return tags.names();
    }

    default Tags tags(List<String> tags) {
        return Tags.of(tags);
    }

    default Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }

    default Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }
}
