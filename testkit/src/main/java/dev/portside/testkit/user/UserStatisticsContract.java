package dev.portside.testkit.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.domain.user.port.UserStats;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserStatistics} must answer. The store need not be empty: each test measures the
 * difference its known data set makes, so suites can share a database. The statistics must read what
 * the repository wrote.
 */
public abstract class UserStatisticsContract {

    private static final Instant NOW = Instant.parse("2031-03-15T12:00:00Z");

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private UserStatistics statistics;

    @Inject
    private UserRepository repository;

    @Inject
    private UnitOfWork unitOfWork;

    protected UserStatistics statistics() {
        return statistics;
    }

    protected UserRepository repository() {
        return repository;
    }

    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Test
    void reports_a_count_for_every_status() {
        UserStats stats = summarize(NOW);

        assertThat(stats.countsByStatus()).containsOnlyKeys(UserStatus.values());
    }

    @Test
    void counts_users_by_status() {
        UserStats before = summarize(NOW);

        saveAll(List.of(
                UserMother.aUser().build(),
                UserMother.aUser().build(),
                UserMother.aUser().build(),
                UserMother.aUser().deleted().build(),
                UserMother.aUser().deleted().build()));
        UserStats after = summarize(NOW);

        assertThat(after.count(UserStatus.ACTIVE) - before.count(UserStatus.ACTIVE))
                .isEqualTo(3);
        assertThat(after.count(UserStatus.DELETED) - before.count(UserStatus.DELETED))
                .isEqualTo(2);
    }

    @Test
    void counts_active_users_who_logged_in_within_30_days_up_to_now_both_ends_included() {
        UserStats before = summarize(NOW);

        saveAll(List.of(
                loggedInAt(NOW),
                loggedInAt(NOW.minus(Duration.ofDays(1))),
                loggedInAt(NOW.minus(Duration.ofDays(30))),
                loggedInAt(NOW.minus(Duration.ofDays(30)).minusMillis(1)),
                loggedInAt(NOW.plusMillis(1)),
                UserMother.aUser().build(),
                UserMother.aUser()
                        .deleted()
                        .lastLoginAt(NOW.minus(Duration.ofDays(1)))
                        .build()));
        UserStats after = summarize(NOW);

        assertThat(after.activeInLast30Days() - before.activeInLast30Days()).isEqualTo(3);
    }

    @Test
    void measures_the_window_from_the_given_instant() {
        Instant later = NOW.plus(Duration.ofDays(45));
        UserStats before = summarize(later);

        saveAll(List.of(loggedInAt(NOW), loggedInAt(later.minus(Duration.ofDays(2)))));
        UserStats after = summarize(later);

        assertThat(after.activeInLast30Days() - before.activeInLast30Days()).isEqualTo(1);
    }

    private UserStats summarize(Instant now) {
        return unitOfWork().execute(() -> statistics().summarize(now));
    }

    private void saveAll(List<User> users) {
        unitOfWork().run(() -> users.forEach(repository()::save));
    }

    private static User loggedInAt(Instant at) {
        return UserMother.aUser().lastLoginAt(at).build();
    }
}
