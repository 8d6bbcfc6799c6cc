package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStats;
import dev.portside.testkit.user.UserMother;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GetUserStatisticsServiceTest {

    private final UserFixture fx = new UserFixture();
    private final GetUserStatistics getStatistics = fx.useCases.getUserStatistics();

    @Test
    void an_admin_gets_counts_by_status_and_recent_activity_as_of_now() {
        User admin = fx.given(UserMother.aUser()
                .withRoles(Role.ADMIN)
                .lastLoginAt(fx.clock.now())
                .build());
        fx.given(UserMother.aUser()
                .lastLoginAt(fx.clock.now().minus(Duration.ofDays(29)))
                .build());
        fx.given(UserMother.aUser()
                .lastLoginAt(fx.clock.now().minus(Duration.ofDays(31)))
                .build());
        fx.given(UserMother.aUser().deleted().lastLoginAt(fx.clock.now()).build());

        UserStats stats = getStatistics.get(new GetUserStatisticsQuery(actorOf(admin)));

        assertThat(stats.count(UserStatus.ACTIVE)).isEqualTo(3);
        assertThat(stats.count(UserStatus.DELETED)).isEqualTo(1);
        assertThat(stats.activeInLast30Days()).isEqualTo(2);
    }

    @Test
    void anyone_but_an_admin_is_forbidden() {
        User moderator =
                fx.given(UserMother.aUser().withRoles(Role.MODERATOR, Role.USER).build());

        assertRefused(() -> getStatistics.get(new GetUserStatisticsQuery(actorOf(moderator))), ErrorCode.FORBIDDEN);
    }
}
