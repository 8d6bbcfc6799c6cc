package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.domain.blog.port.AuthorPostStats;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

@Singleton
@MongoAdapter
final class MongoBlogStatistics implements BlogStatistics {

    private final AuthorPostCounts counts;

    MongoBlogStatistics(AuthorPostCounts counts) {
        this.counts = counts;
    }

    @Override
    public List<AuthorPostStats> postsPerAuthor() {
        return counts.perAuthor().stream().map(MongoBlogStatistics::toStats).toList();
    }

    private static AuthorPostStats toStats(AuthorPostCount line) {
        if (line.username() == null) {
            throw new IllegalStateException("posts of author " + line.authorId() + " who is no user");
        }
        return new AuthorPostStats(
                new AuthorRef(new UserId(line.authorId()), line.username()),
                line.total(),
                line.published(),
                line.lastPostAt());
    }

    @Override
    public long authorsActiveSince(Instant since) {
        return counts.countAuthorsSince(since).orElse(0L);
    }
}
