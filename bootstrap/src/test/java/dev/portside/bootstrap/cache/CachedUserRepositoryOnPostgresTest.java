package dev.portside.bootstrap.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.user.UserRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The user repository contract through the Redis decorator over the PostgreSQL adapter. */
@MicronautTest(environments = "redis", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachedUserRepositoryOnPostgresTest extends UserRepositoryContract implements OnTestPostgresAndRedis {

    @Inject
    UserRepository users;

    @Test
    void the_repository_under_test_is_the_cache_decorator() {
        assertThat(users.getClass().getSimpleName()).isEqualTo("CachingUserRepository");
    }
}
