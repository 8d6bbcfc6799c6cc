package dev.portside.testkit.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostChanges;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.PostStatus;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.VersionConflictException;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PostRepository} must do. Subclass it in the adapter's tests. */
public abstract class PostRepositoryContract extends BlogContractSupport {

    // injected when an adapter's suite runs as a Micronaut test, so its subclass needs no wiring;
    // in-memory suites override the accessors instead
    @Inject
    private PostRepository postRepository;

    protected PostRepository postRepository() {
        return postRepository;
    }

    private static final Instant CREATED = Instant.parse("2031-03-04T05:06:07.891Z");

    private AuthorRef author;

    @BeforeEach
    void givenAnAuthor() {
        author = givenAuthor(unique("writer_"));
    }

    private Post save(Post post) {
        return inUnit(() -> postRepository().save(post));
    }

    private java.util.Optional<Post> find(PostId id) {
        return inUnit(() -> postRepository().findById(id));
    }

    @Test
    void save_inserts_a_new_draft_at_version_1_and_find_returns_it_unchanged() {
        Post draft = PostMother.aDraft()
                .by(author)
                .titled("Draft title")
                .withContent("")
                .taggedWith("zeta", "alpha", "mu")
                .createdAt(CREATED)
                .build();

        Post saved = save(draft);

        assertThat(saved).isEqualTo(draft.withVersion(1));
        assertThat(find(draft.id())).contains(saved);
        assertThat(saved.tags().names()).containsExactly("zeta", "alpha", "mu");
        assertThat(saved.publishedAt()).isEmpty();
    }

    @Test
    void a_post_at_its_size_limits_round_trips_exactly() {
        Post big = PostMother.aPublishedPost()
                .by(author)
                .titled("T".repeat(254) + "\u00e9")
                .withContent("\u00c5ngstr\u00f6m \u2603 " + "x".repeat(100_000 - 11))
                .taggedWith("t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "y".repeat(50))
                .createdAt(CREATED)
                .publishedAt(CREATED.plusMillis(1))
                .build();

        save(big);

        assertThat(find(big.id())).contains(big.withVersion(1));
    }

    @Test
    void save_updates_a_stored_post_and_increments_its_version() {
        Post v1 = save(PostMother.aDraft().by(author).createdAt(CREATED).build());

        Post v2 = save(v1.publish(CREATED.plusSeconds(10)));
        Post v3 = save(v2.edit(PostChanges.none().withTitle(new PostTitle("Edited")), CREATED.plusSeconds(20)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v3.version()).isEqualTo(3);
        Post found = find(v1.id()).orElseThrow();
        assertThat(found).isEqualTo(v3);
        assertThat(found.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(found.publishedAt()).contains(CREATED.plusSeconds(10));
        assertThat(found.updatedAt()).isEqualTo(CREATED.plusSeconds(20));
    }

    @Test
    void unpublishing_clears_published_at_in_storage() {
        Post published =
                save(PostMother.aPublishedPost().by(author).createdAt(CREATED).build());

        save(published.unpublish(CREATED.plusSeconds(5)));

        Post found = find(published.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(PostStatus.DRAFT);
        assertThat(found.publishedAt()).isEmpty();
    }

    @Test
    void save_refuses_stale_version() {
        Post v1 = save(PostMother.aDraft().by(author).createdAt(CREATED).build());
        Post v2 = save(v1.publish(CREATED.plusSeconds(1)));

        Post staleEdit = v1.edit(PostChanges.none().withTitle(new PostTitle("Lost update")), CREATED.plusSeconds(2));

        assertThatThrownBy(() -> save(staleEdit)).isInstanceOf(VersionConflictException.class);
        assertThat(find(v1.id())).contains(v2);
    }

    @Test
    void save_refuses_to_update_a_post_that_was_never_stored() {
        Post phantom = PostMother.aDraft().by(author).createdAt(CREATED).build().withVersion(4);

        assertThatThrownBy(() -> save(phantom)).isInstanceOf(VersionConflictException.class);
        assertThat(find(phantom.id())).isEmpty();
    }

    @Test
    void find_by_id_of_an_unknown_post_is_empty() {
        assertThat(find(PostId.newId())).isEmpty();
    }

    @Test
    void delete_removes_the_post_and_ignores_unknown_ids() {
        Post kept = save(PostMother.aDraft().by(author).createdAt(CREATED).build());
        Post doomed =
                save(PostMother.aPublishedPost().by(author).createdAt(CREATED).build());

        inUnit(() -> postRepository().delete(doomed.id()));
        inUnit(() -> postRepository().delete(PostId.newId()));

        assertThat(find(doomed.id())).isEmpty();
        assertThat(find(kept.id())).contains(kept);
    }

    @Test
    void a_failing_unit_of_work_leaves_no_saved_post_behind() {
        Post post = PostMother.aDraft().by(author).createdAt(CREATED).build();

        assertThatThrownBy(() -> inUnit(() -> {
                    postRepository().save(post);
                    throw new IllegalStateException("boom after save");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(find(post.id())).isEmpty();
    }
}
