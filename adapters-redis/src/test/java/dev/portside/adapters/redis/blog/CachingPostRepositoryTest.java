package dev.portside.adapters.redis.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostChanges;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.blog.InMemoryPostRepository;
import dev.portside.testkit.blog.PostMother;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachingPostRepositoryTest {

    private static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");

    private final TestRedis redis = TestRedis.shared();
    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final CachingPostRepository posts =
            new CachingPostRepository(new InMemoryPostRepository(database), unitOfWork, redis.caches());

    @AfterEach
    void closeRedis() {
        redis.close();
    }

    @Test
    void a_cached_post_is_gone_right_after_its_delete_commits() {
        Post saved = save(PostMother.aPublishedPost().by(UserId.newId()).build());
        find(saved.id());
        assertThat(find(saved.id())).contains(saved);

        unitOfWork.run(() -> posts.delete(saved.id()));

        assertThat(find(saved.id())).isEmpty();
        assertThat(redis.count("post", "hit")).isEqualTo(1);
    }

    @Test
    void a_delete_that_rolls_back_keeps_the_post_readable() {
        Post saved = save(PostMother.aDraft().by(UserId.newId()).build());
        find(saved.id());

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    posts.delete(saved.id());
                    throw new IllegalStateException("refused after deleting");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(find(saved.id())).contains(saved);
    }

    @Test
    void an_edit_then_a_read_returns_the_edited_post() {
        Post saved = save(PostMother.aDraft().by(UserId.newId()).build());
        find(saved.id());
        find(saved.id());

        Post edited = save(saved.edit(PostChanges.none().withTitle(new PostTitle("Edited")), NOW));

        assertThat(find(saved.id())).contains(edited);
    }

    private Post save(Post post) {
        return unitOfWork.execute(() -> posts.save(post));
    }

    private Optional<Post> find(PostId id) {
        return unitOfWork.execute(() -> posts.findById(id));
    }
}
