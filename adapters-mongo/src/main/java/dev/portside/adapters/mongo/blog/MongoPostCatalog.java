package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The public listing: the page of published posts (served by {@code posts_status_published_at} for the
 * default sort), then one query for the authors' usernames and one aggregation counting the page's
 * comments, so the work per page is bounded by the page size, not by the posts' comment counts.
 */
@Singleton
@MongoAdapter
final class MongoPostCatalog implements PostCatalog {

    private final PostDocuments posts;
    private final AuthorDocuments authors;
    private final CommentCounts comments;
    private final PostDocumentMapper mapper;

    MongoPostCatalog(PostDocuments posts, AuthorDocuments authors, CommentCounts comments, PostDocumentMapper mapper) {
        this.posts = posts;
        this.authors = authors;
        this.comments = comments;
        this.mapper = mapper;
    }

    @Override
    public Page<PostSummary> search(PostSearch search, PageRequest<PostSortField> page) {
        Page<Post> found = Paging.page(
                posts.findAll(
                        PostSpecifications.published(search),
                        Paging.pageable(page, page.sortField() == PostSortField.TITLE ? "title" : "publishedAt")),
                page,
                mapper::toPost);
        List<UUID> ids = found.items().stream().map(post -> post.id().value()).toList();
        Map<UUID, AuthorRef> authorsById = Authors.of(
                authors, found.items().stream().map(p -> p.authorId().value()).toList());
        Map<UUID, Long> commentCounts = commentCounts(ids);
        return found.map(post -> new PostSummary(
                post,
                // Authors.of has every id asked for, or threw
                Objects.requireNonNull(authorsById.get(post.authorId().value())),
                commentCounts.getOrDefault(post.id().value(), 0L)));
    }

    private Map<UUID, Long> commentCounts(List<UUID> postIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (!postIds.isEmpty()) {
            comments.countByPost(postIds).forEach(line -> counts.put(line.postId(), line.count()));
        }
        return counts;
    }
}
