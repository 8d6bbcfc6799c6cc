package dev.portside.testkit.user;

import dev.portside.domain.user.User;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers {@link UserStatistics} from the rows of an {@link InMemoryUserRepository}. */
public final class InMemoryUserStatistics implements UserStatistics {

    private final InMemoryUserRepository repository;

    public InMemoryUserStatistics(InMemoryUserRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserStats summarize(Instant now) {
        Collection<User> users = repository.all();
        Map<UserStatus, Long> counts =
                users.stream().collect(Collectors.groupingBy(User::status, Collectors.counting()));
        Instant since = now.minus(ACTIVE_WINDOW);
        long active = users.stream()
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .map(User::lastLoginAt)
                .flatMap(Optional::stream)
                .filter(at -> !at.isBefore(since) && !at.isAfter(now))
                .count();
        return new UserStats(counts, active);
    }
}
