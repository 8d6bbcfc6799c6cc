package dev.portside.adapters.postgres.blog;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.UserId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Maps the {@code posts} and {@code comments} tables to the blog aggregates and back. Hand-written: the
 * aggregates are records of value objects whose constructors re-check every invariant on the way in.
 */
final class BlogRows {

    /** The post columns, qualified with alias {@code p}, in the order {@link #postValues} binds them. */
    static final String POST_COLUMNS = "p.id, p.author_id, p.title, p.content, p.tags, p.status, p.created_at,"
            + " p.updated_at, p.published_at, p.version";

    /** The comment columns, qualified with alias {@code c}, in the order {@link #commentValues} binds them. */
    static final String COMMENT_COLUMNS = "c.id, c.post_id, c.author_id, c.content, c.created_at, c.version";

    private BlogRows() {
    }

    static Post post(ResultSet row) throws SQLException {
        return new Post(
                new PostId(row.getObject("id", UUID.class)),
                new UserId(row.getObject("author_id", UUID.class)),
                new PostTitle(row.getString("title")),
                new PostContent(row.getString("content")),
                Tags.of(Arrays.asList((String[]) row.getArray("tags").getArray())),
                PostStatus.valueOf(row.getString("status")),
                BlogSql.instant(row, "created_at"),
                BlogSql.instant(row, "updated_at"),
                BlogSql.optionalInstant(row, "published_at"),
                row.getLong("version"));
    }

    /** id, author_id, title, content, tags, status, created_at, updated_at, published_at (no version). */
    static List<Object> postValues(Post post, Connection connection) throws SQLException {
        return Arrays.asList(
                post.id().value(),
                post.authorId().value(),
                post.title().value(),
                post.content().value(),
                connection.createArrayOf("text", post.tags().names().toArray()),
                post.status().name(),
                BlogSql.timestamp(post.createdAt()),
                BlogSql.timestamp(post.updatedAt()),
                post.publishedAt().map(BlogSql::timestamp).orElse(null));
    }

    static Comment comment(ResultSet row) throws SQLException {
        return new Comment(
                new CommentId(row.getObject("id", UUID.class)),
                new PostId(row.getObject("post_id", UUID.class)),
                new UserId(row.getObject("author_id", UUID.class)),
                new CommentContent(row.getString("content")),
                BlogSql.instant(row, "created_at"),
                row.getLong("version"));
    }

    /** id, post_id, author_id, content, created_at (no version). */
    static List<Object> commentValues(Comment comment) {
        return Arrays.asList(
                comment.id().value(),
                comment.postId().value(),
                comment.authorId().value(),
                comment.content().value(),
                BlogSql.timestamp(comment.createdAt()));
    }

    /** The author of a joined row: the row's {@code author_id} and the joined {@code username}. */
    static AuthorRef author(ResultSet row) throws SQLException {
        return new AuthorRef(new UserId(row.getObject("author_id", UUID.class)), row.getString("username"));
    }
}
