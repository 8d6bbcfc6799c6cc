package dev.portside.testkit.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.user.UserId;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Blog statistics on a known data set. The store may hold other authors, so per-author lines are
 * looked up by this test's authors, and the active-author count is asserted as a difference.
 */
public abstract class BlogStatisticsContract extends BlogContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private BlogStatistics blogStatistics;

    @Inject
    private PostRepository postRepository;

    protected BlogStatistics blogStatistics() {
        return blogStatistics;
    }

    protected PostRepository postRepository() {
        return postRepository;
    }

    private Post store(PostMother.Builder post) {
        return inUnit(() -> postRepository().save(post.build()));
    }

    private List<AuthorPostStats> perAuthor() {
        return inUnit(() -> blogStatistics().postsPerAuthor());
    }

    private static Optional<AuthorPostStats> lineOf(List<AuthorPostStats> lines, AuthorRef author) {
        return lines.stream()
                .filter(line -> line.author().id().equals(author.id()))
                .findFirst();
    }

    @Test
    void each_author_has_total_and_published_posts_and_the_creation_time_of_the_newest() {
        Instant t0 = uniqueEpoch();
        AuthorRef busy = givenAuthor(unique("busy_"));
        AuthorRef drafter = givenAuthor(unique("drafter_"));
        AuthorRef silent = givenAuthor(unique("silent_"));
        store(PostMother.aPublishedPost().by(busy).createdAt(t0).publishedAt(t0.plusSeconds(1)));
        store(PostMother.aDraft().by(busy).createdAt(t0.plusSeconds(60)));
        store(PostMother.aPublishedPost().by(busy).createdAt(t0.plusSeconds(30)).publishedAt(t0.plusSeconds(3600)));
        store(PostMother.aDraft().by(drafter).createdAt(t0.plusSeconds(90)));

        List<AuthorPostStats> lines = perAuthor();

        assertThat(lineOf(lines, busy)).contains(new AuthorPostStats(busy, 3, 2, t0.plusSeconds(60)));
        assertThat(lineOf(lines, drafter)).contains(new AuthorPostStats(drafter, 1, 0, t0.plusSeconds(90)));
        assertThat(lineOf(lines, silent)).isEmpty();
    }

    @Test
    void deleted_posts_no_longer_count() {
        Instant t0 = uniqueEpoch();
        AuthorRef author = givenAuthor(unique("author_"));
        store(PostMother.aDraft().by(author).createdAt(t0));
        Post newest = store(PostMother.aPublishedPost().by(author).createdAt(t0.plusSeconds(10)));

        inUnit(() -> postRepository().delete(newest.id()));

        assertThat(lineOf(perAuthor(), author)).contains(new AuthorPostStats(author, 1, 0, t0));
    }

    @Test
    void lines_are_ordered_by_last_post_descending_then_author_id() {
        Instant t0 = uniqueEpoch();
        AuthorRef older = givenAuthor(unique("older_"));
        AuthorRef tiedA = givenAuthor(unique("tied_"));
        AuthorRef tiedB = givenAuthor(unique("tied_"));
        store(PostMother.aDraft().by(older).createdAt(t0));
        store(PostMother.aDraft().by(tiedA).createdAt(t0.plusSeconds(5)));
        store(PostMother.aDraft().by(tiedB).createdAt(t0.plusSeconds(5)));
        List<UserId> tiedById = Stream.of(tiedA, tiedB)
                .map(AuthorRef::id)
                .sorted(Comparator.comparing(UserId::value, Ordering.UUIDS))
                .toList();
        List<UserId> ours = List.of(older.id(), tiedA.id(), tiedB.id());

        List<UserId> order = perAuthor().stream()
                .map(line -> line.author().id())
                .filter(ours::contains)
                .toList();

        assertThat(order).containsExactly(tiedById.get(0), tiedById.get(1), older.id());
    }

    @Test
    void active_authors_are_the_distinct_authors_with_a_post_created_at_or_after_since() {
        Instant since = uniqueEpoch();
        long before = inUnit(() -> blogStatistics().authorsActiveSince(since));
        AuthorRef twice = givenAuthor(unique("twice_"));
        AuthorRef exactlyAtSince = givenAuthor(unique("exact_"));
        AuthorRef tooEarly = givenAuthor(unique("early_"));
        store(PostMother.aDraft().by(twice).createdAt(since.plus(Duration.ofDays(1))));
        store(PostMother.aPublishedPost().by(twice).createdAt(since.plus(Duration.ofDays(2))));
        store(PostMother.aDraft().by(exactlyAtSince).createdAt(since));
        store(PostMother.aPublishedPost().by(tooEarly).createdAt(since.minusMillis(1)));

        long after = inUnit(() -> blogStatistics().authorsActiveSince(since));

        assertThat(after - before).isEqualTo(2);
    }
}
