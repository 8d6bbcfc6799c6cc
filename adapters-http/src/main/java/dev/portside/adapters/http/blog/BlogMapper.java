package dev.portside.adapters.http.blog;

import dev.portside.adapters.http.shared.JsonValues;
import dev.portside.application.blog.BlogStatisticsReport;
import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.blog.port.PostSummary;
import java.time.Instant;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** Blog results to response records. */
@Mapper(uses = JsonValues.class)
interface BlogMapper {

    /** A listing's excerpt, in code points, so that it never splits a character. */
    int EXCERPT_LENGTH = 280;

    PostResponse post(Post post);

    @Mapping(target = "id", source = "post.id")
    @Mapping(target = "title", source = "post.title")
    @Mapping(target = "excerpt", source = "post.content", qualifiedByName = "excerpt")
    @Mapping(target = "tags", source = "post.tags")
    @Mapping(target = "publishedAt", source = "post.publishedAt", qualifiedByName = "published")
    PostSummaryResponse summary(PostSummary summary);

    AuthorResponse author(AuthorRef author);

    @Mapping(target = "id", source = "comment.id")
    @Mapping(target = "postId", source = "comment.postId")
    @Mapping(target = "author", source = "author")
    @Mapping(target = "content", source = "comment.content")
    @Mapping(target = "createdAt", source = "comment.createdAt")
    CommentResponse newComment(Comment comment, AuthorRef author);

    default CommentResponse comment(CommentView view) {
        return newComment(view.comment(), view.author());
    }

    BlogStatisticsResponse statistics(BlogStatisticsReport report);

    /** Listings show published posts only, which always have the instant. */
    @Named("published")
    default Instant published(Optional<Instant> publishedAt) {
        return publishedAt.orElseThrow();
    }

    @Named("excerpt")
    default String excerpt(PostContent content) {
        String text = content.value();
        return text.codePointCount(0, text.length()) <= EXCERPT_LENGTH
                ? text
                : text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH));
    }
}
