package dev.portside.testkit.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.PostSortField;
import dev.portside.domain.blog.port.PostSummary;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Scans the in-memory posts the way the SQL adapter's WHERE/ORDER BY would. */
public final class InMemoryPostCatalog implements PostCatalog {

    private final InMemoryPostRepository posts;
    private final InMemoryCommentRepository comments;
    private final AuthorLookup authors;

    public InMemoryPostCatalog(
            InMemoryPostRepository posts,
            InMemoryCommentRepository comments,
            Function<UserId, Optional<String>> usernames) {
        this.posts = posts;
        this.comments = comments;
        this.authors = new AuthorLookup(usernames);
    }

    @Override
    public Page<PostSummary> search(PostSearch search, PageRequest<PostSortField> page) {
        List<Post> matching = posts.all().stream()
                .filter(Post::isPublished)
                .filter(post -> matches(search, post))
                .sorted(Ordering.directed(order(page.sortField()), page.direction()))
                .toList();
        Map<PostId, Long> commentCounts =
                comments.all().stream().collect(Collectors.groupingBy(c -> c.postId(), Collectors.counting()));
        List<PostSummary> items = matching.stream()
                .skip(page.offset())
                .limit(page.size())
                .map(post ->
                        new PostSummary(post, authors.of(post.authorId()), commentCounts.getOrDefault(post.id(), 0L)))
                .toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }

    private static boolean matches(PostSearch search, Post post) {
        return search.text().map(text -> containsIgnoringCase(post, text)).orElse(true)
                && tagsMatch(search, post.tags())
                && search.author().map(post::isAuthoredBy).orElse(true)
                && search.from()
                        .map(from -> !post.publishedAt().orElseThrow().isBefore(from))
                        .orElse(true)
                && search.to()
                        .map(to -> post.publishedAt().orElseThrow().isBefore(to))
                        .orElse(true);
    }

    private static boolean containsIgnoringCase(Post post, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return post.title().value().toLowerCase(Locale.ROOT).contains(needle)
                || post.content().value().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean tagsMatch(PostSearch search, Tags postTags) {
        if (search.tags().isEmpty()) {
            return true;
        }
        return search.tagMode() == TagMode.ALL
                ? search.tags().values().stream().allMatch(postTags::contains)
                : search.tags().values().stream().anyMatch(postTags::contains);
    }

    private static Comparator<Post> order(PostSortField field) {
        Comparator<Post> primary = switch (field) {
            case PUBLISHED_AT -> Comparator.comparing(post -> post.publishedAt().orElseThrow());
            case TITLE -> Comparator.comparing(post -> post.title().value(), Ordering.CODE_POINTS);
        };
        return primary.thenComparing(post -> post.id().value(), Ordering.UUIDS);
    }
}
