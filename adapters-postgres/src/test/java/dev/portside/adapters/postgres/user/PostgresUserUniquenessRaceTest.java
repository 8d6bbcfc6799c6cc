package dev.portside.adapters.postgres.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.user.UserMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two registrations race: both check that the email (or username) is free, both see it free, both
 * insert. The unique index lets one through and the loser must get the domain's refusal, not a SQL error.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUserUniquenessRaceTest implements OnTestPostgres {

    @Inject
    UserRepository repository;

    @Inject
    UnitOfWork unitOfWork;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void the_loser_of_an_email_race_is_refused_with_email_taken() throws Exception {
        String suffix = UserMother.uniqueSuffix();
        User one =
                UserMother.aUser().withEmail("Race." + suffix + "@Example.test").build();
        User other = UserMother.aUser()
                .withEmail("RACE." + suffix.toUpperCase(Locale.ROOT) + "@example.TEST")
                .build();

        List<String> outcomes = race(one, other, user -> repository.findByEmail(user.email()));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "email_taken");
        assertThat(unitOfWork.execute(() -> repository.findByEmail(one.email())))
                .isPresent();
    }

    @Test
    void the_loser_of_a_username_race_is_refused_with_username_taken() throws Exception {
        String suffix = UserMother.uniqueSuffix();
        User one = UserMother.aUser().withUsername("racer-" + suffix).build();
        User other = UserMother.aUser()
                .withUsername("RACER-" + suffix.toUpperCase(Locale.ROOT))
                .withEmail("other-" + suffix + "@example.test")
                .build();

        List<String> outcomes = race(one, other, user -> repository.findByUsername(user.username()));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "username_taken");
    }

    /** Each user is saved in its own unit after a check that both pass before either inserts. */
    private List<String> race(User one, User other, Function<User, Optional<User>> check) throws Exception {
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        List<Future<String>> results = new ArrayList<>();
        for (User user : List.of(one, other)) {
            results.add(threads.submit(() -> {
                try {
                    unitOfWork.execute(() -> {
                        assertThat(check.apply(user)).isEmpty();
                        await(bothChecked);
                        return repository.save(user);
                    });
                    return "saved";
                } catch (DomainException refused) {
                    return refused.code();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other racer never arrived", e);
        }
    }
}
