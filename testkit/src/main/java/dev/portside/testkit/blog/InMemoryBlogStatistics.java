package dev.portside.testkit.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class InMemoryBlogStatistics implements BlogStatistics {

    private static final Comparator<AuthorPostStats> NEWEST_FIRST_THEN_AUTHOR_ID = Comparator.comparing(
                    AuthorPostStats::lastPostAt)
            .reversed()
            .thenComparing(stats -> stats.author().id().value(), Ordering.UUIDS);

    private final InMemoryPostRepository posts;
    private final AuthorLookup authors;

    public InMemoryBlogStatistics(InMemoryPostRepository posts, Function<UserId, Optional<String>> usernames) {
        this.posts = posts;
        this.authors = new AuthorLookup(usernames);
    }

    @Override
    public List<AuthorPostStats> postsPerAuthor() {
        Map<UserId, List<Post>> byAuthor = posts.all().stream().collect(Collectors.groupingBy(Post::authorId));
        return byAuthor.entrySet().stream()
                .map(entry -> new AuthorPostStats(
                        authors.of(entry.getKey()),
                        entry.getValue().size(),
                        entry.getValue().stream().filter(Post::isPublished).count(),
                        entry.getValue().stream()
                                .map(Post::createdAt)
                                .max(Comparator.naturalOrder())
                                .orElseThrow()))
                .sorted(NEWEST_FIRST_THEN_AUTHOR_ID)
                .toList();
    }

    @Override
    public long authorsActiveSince(Instant since) {
        return posts.all().stream()
                .filter(post -> !post.createdAt().isBefore(since))
                .map(Post::authorId)
                .distinct()
                .count();
    }
}
