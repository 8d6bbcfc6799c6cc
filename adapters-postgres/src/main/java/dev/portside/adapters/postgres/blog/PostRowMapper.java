package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Posts, listed posts and author statistics to and from their rows; the post's constructor re-checks its invariants. */
@Mapper
interface PostRowMapper {

    // fluent methods MapStruct takes for setters
    @Mapping(target = "publish", ignore = true)
    @Mapping(target = "unpublish", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Post toPost(PostRow row);

    PostRow toRow(Post post);

    @Mapping(target = "post", source = ".")
    @Mapping(target = "author", source = ".")
    PostSummary toSummary(PostSummaryRow row);

    @Mapping(target = "publish", ignore = true)
    @Mapping(target = "unpublish", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    Post toPost(PostSummaryRow row);

    @Mapping(target = "id", source = "authorId")
    AuthorRef author(PostSummaryRow row);

    @Mapping(target = "author", source = ".")
    AuthorPostStats toStats(AuthorStatsRow row);

    @Mapping(target = "id", source = "authorId")
    AuthorRef author(AuthorStatsRow row);

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

    default PostTitle title(String title) {
        return new PostTitle(title);
    }

    default String value(PostTitle title) {
        return title.value();
    }

    default PostContent content(String content) {
        return new PostContent(content);
    }

    default String value(PostContent content) {
        return content.value();
    }

    default Tags tags(String[] names) {
        return Tags.of(names);
    }

    default String[] names(Tags tags) {
        return tags.names().toArray(String[]::new);
    }

    default Optional<Instant> optional(Instant instant) {
        return Optional.ofNullable(instant);
    }

    default Instant orNull(Optional<Instant> instant) {
        return instant.orElse(null);
    }
}
