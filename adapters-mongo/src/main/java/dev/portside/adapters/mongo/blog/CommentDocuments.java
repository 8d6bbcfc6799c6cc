package dev.portside.adapters.mongo.blog;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.CommentContent;
import dev.portside.domain.blog.CommentId;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.bson.Document;

/**
 * A comment as a document of its own {@code comments} collection rather than embedded in the post:
 * comments are appended independently (no contention on the post's version), listed page by page,
 * and a popular post would otherwise grow towards the 16 MB document limit.
 */
final class CommentDocuments {

    static final String COLLECTION = "comments";

    private CommentDocuments() {
    }

    static Document toDocument(Comment comment) {
        return new Document("postId", comment.postId().value())
                .append("authorId", comment.authorId().value())
                .append("content", comment.content().value())
                .append("createdAt", date(comment.createdAt()));
    }

    static Comment toComment(Document document) {
        return new Comment(
                new CommentId(document.get("_id", UUID.class)),
                new PostId(document.get("postId", UUID.class)),
                new UserId(document.get("authorId", UUID.class)),
                new CommentContent(document.getString("content")),
                instant(document, "createdAt"),
                document.getLong("version"));
    }
}
