package dev.portside.application.blog;

import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

public final class GetBlogStatisticsService implements GetBlogStatistics {

    static final Duration ACTIVE_WINDOW = Duration.ofDays(30);

    private final BlogStatistics statistics;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public GetBlogStatisticsService(BlogStatistics statistics, UnitOfWork unitOfWork, Clock clock) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BlogStatisticsReport get(GetBlogStatisticsQuery query) {
        if (!query.actor().isModeratorOrAdmin()) {
            throw DomainException.forbidden("blog statistics are for moderators and admins");
        }
        Instant now = clock.now();
        return unitOfWork.read(() -> new BlogStatisticsReport(
                statistics.postsPerAuthor(), statistics.authorsActiveSince(now.minus(ACTIVE_WINDOW)), now));
    }
}
