package dev.portside.adapters.mongo.blog;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;
import static dev.portside.adapters.mongo.shared.Values.optionalInstant;
import static dev.portside.adapters.mongo.shared.Values.putIfPresent;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.bson.Document;

/** A post as a document of the {@code posts} collection; its comments live in their own collection. */
final class PostDocuments {

    static final String COLLECTION = "posts";

    private PostDocuments() {
    }

    static Document toDocument(Post post) {
        Document document = new Document("authorId", post.authorId().value())
                .append("title", post.title().value())
                .append("content", post.content().value())
                .append("tags", post.tags().names())
                .append("status", post.status().name())
                .append("createdAt", date(post.createdAt()))
                .append("updatedAt", date(post.updatedAt()));
        return putIfPresent(document, "publishedAt", post.publishedAt().map(Values::date));
    }

    static Post toPost(Document document) {
        return new Post(
                new PostId(document.get("_id", UUID.class)),
                new UserId(document.get("authorId", UUID.class)),
                new PostTitle(document.getString("title")),
                new PostContent(document.getString("content")),
                Tags.of(document.getList("tags", String.class)),
                PostStatus.valueOf(document.getString("status")),
                instant(document, "createdAt"),
                instant(document, "updatedAt"),
                optionalInstant(document, "publishedAt"),
                document.getLong("version"));
    }
}
