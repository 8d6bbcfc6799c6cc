package dev.portside.application.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetBlogStatisticsTest {

    private final BlogFixture blog = new BlogFixture();

    @Test
    void moderators_and_admins_see_per_author_lines_and_authors_active_in_the_last_30_days() {
        Instant longAgo = blog.clock.now();
        blog.publishedBy(blog.otherUser);
        blog.clock.advance(Duration.ofDays(31));
        Instant recently = blog.clock.now();
        blog.publishedBy(blog.author);
        blog.draftBy(blog.author);
        blog.clock.advance(Duration.ofDays(29));

        for (Actor viewer : List.of(blog.moderator, blog.admin)) {
            BlogStatisticsReport report = blog.getStatistics.get(new GetBlogStatisticsQuery(viewer));

            assertThat(report.authors())
                    .containsExactly(
                            new AuthorPostStats(new AuthorRef(blog.author.id(), "alice"), 2, 1, recently),
                            new AuthorPostStats(new AuthorRef(blog.otherUser.id(), "bob"), 1, 1, longAgo));
            assertThat(report.activeAuthorsLast30Days()).isEqualTo(1);
            assertThat(report.asOf()).isEqualTo(blog.clock.now());
        }
    }

    @Test
    void a_post_created_exactly_30_days_ago_still_counts_as_active() {
        blog.draftBy(blog.author);
        blog.clock.advance(Duration.ofDays(30));

        assertThat(blog.getStatistics
                        .get(new GetBlogStatisticsQuery(blog.admin))
                        .activeAuthorsLast30Days())
                .isEqualTo(1);
    }

    @Test
    void plain_users_are_forbidden() {
        assertThatThrownBy(() -> blog.getStatistics.get(new GetBlogStatisticsQuery(blog.author)))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.FORBIDDEN);
    }
}
