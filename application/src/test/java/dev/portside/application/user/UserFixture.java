package dev.portside.application.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shared.MutableClock;
import dev.portside.testkit.user.FakePasswordHasher;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.InMemoryUserStatistics;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The in-memory world the user use cases run in during tests. One per test. */
final class UserFixture {

    final InMemoryDatabase database = new InMemoryDatabase();
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    final InMemoryUserRepository users = new InMemoryUserRepository(database);
    final InMemoryUserStatistics statistics = new InMemoryUserStatistics(users);
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final MutableClock clock = MutableClock.at("2025-03-01T09:00:00Z");
    final UserUseCases useCases = new UserUseCases(users, statistics, hasher, unitOfWork, clock);

    User given(User user) {
        return unitOfWork.execute(() -> users.save(user));
    }

    User stored(UserId id) {
        return unitOfWork.execute(() -> users.findById(id)).orElseThrow();
    }

    long userCount() {
        return statistics.summarize(clock.now()).total();
    }

    static Actor actorOf(User user) {
        return new Actor(user.id(), user.roles());
    }

    static void assertRefused(ThrowingCallable action, ErrorCode code) {
        assertThatThrownBy(action)
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(code);
    }
}
