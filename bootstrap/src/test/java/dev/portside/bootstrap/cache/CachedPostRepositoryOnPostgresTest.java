package dev.portside.bootstrap.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.bootstrap.observability.DrivenPortObservation;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.PostRepositoryContract;
import dev.portside.testkit.user.UserMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The post repository contract through the Redis decorator over the PostgreSQL adapter. */
@MicronautTest(environments = "redis", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CachedPostRepositoryOnPostgresTest extends PostRepositoryContract implements OnTestPostgresAndRedis {

    @Inject
    PostRepository posts;

    @Inject
    UserRepository users;

    @Override
    protected AuthorRef givenAuthor(String username) {
        User author = unitOfWork()
                .execute(() ->
                        users.save(UserMother.aUser().withUsername(username).build()));
        return new AuthorRef(author.id(), author.username().value());
    }

    @Test
    void the_repository_under_test_is_the_cache_decorator() {
        // under the timing proxy of ADR 20
        assertThat(DrivenPortObservation.target(posts).getClass().getSimpleName())
                .isEqualTo("CachingPostRepository");
    }
}
