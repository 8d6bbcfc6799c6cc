package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostSummary;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Posts, listed posts and author statistics to and from their rows; the post's constructor re-checks its
 * invariants. Tags are a {@code text[]} column here, a list in {@link StoredValues}.
 */
@Mapper(uses = StoredValues.class)
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

    default Tags tags(String[] names) {
        return Tags.of(names);
    }

    default String[] names(Tags tags) {
        return tags.names().toArray(String[]::new);
    }
}
