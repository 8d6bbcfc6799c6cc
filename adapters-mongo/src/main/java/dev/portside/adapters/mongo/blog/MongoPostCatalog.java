package dev.portside.adapters.mongo.blog;

import static com.mongodb.client.model.Accumulators.sum;
import static com.mongodb.client.model.Aggregates.group;
import static com.mongodb.client.model.Aggregates.match;
import static com.mongodb.client.model.Filters.all;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The public listing: the page of published posts (served by {@code posts_status_published_at} for the
 * default sort), then one query for the authors' usernames and one aggregation counting the page's
 * comments, so the work per page is bounded by the page size, not by the posts' comment counts.
 */
@Singleton
@MongoAdapter
final class MongoPostCatalog implements PostCatalog {

    private final MongoStorage storage;

    MongoPostCatalog(MongoStorage storage) {
        this.storage = storage;
    }

    @Override
    public Page<PostSummary> search(PostSearch search, PageRequest<PostSortField> page) {
        Page<Post> posts = Paging.page(storage.collection(PostDocuments.COLLECTION), filter(search),
                page.sortField() == PostSortField.TITLE ? "title" : "publishedAt", page, PostDocuments::toPost);
        List<UUID> ids = posts.items().stream().map(post -> post.id().value()).toList();
        Map<UUID, AuthorRef> authors = Authors.of(storage, posts.items().stream().map(p -> p.authorId().value()).toList());
        Map<UUID, Long> comments = commentCounts(ids);
        return posts.map(post -> new PostSummary(post, authors.get(post.authorId().value()),
                comments.getOrDefault(post.id().value(), 0L)));
    }

    private static Bson filter(PostSearch search) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("status", PostStatus.PUBLISHED.name()));
        search.text().ifPresent(text -> {
            String pattern = Values.literalPattern(text);
            filters.add(or(regex("title", pattern, "i"), regex("content", pattern, "i")));
        });
        if (!search.tags().isEmpty()) {
            List<String> tags = search.tags().names();
            filters.add(search.tagMode() == TagMode.ALL ? all("tags", tags) : in("tags", tags));
        }
        search.author().ifPresent(author -> filters.add(eq("authorId", author.value())));
        search.from().ifPresent(from -> filters.add(gte("publishedAt", Values.date(from))));
        search.to().ifPresent(to -> filters.add(lt("publishedAt", Values.date(to))));
        return and(filters);
    }

    private Map<UUID, Long> commentCounts(List<UUID> postIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (postIds.isEmpty()) {
            return counts;
        }
        storage.collection(CommentDocuments.COLLECTION)
                .aggregate(List.of(match(in("postId", postIds)), group("$postId", sum("count", 1))))
                .forEach(line -> counts.put(line.get("_id", UUID.class), ((Number) line.get("count")).longValue()));
        return counts;
    }
}
