package dev.portside.adapters.redis.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.domain.blog.Post;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.blog.PostMother;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostCodecTest {

    private final PostCodec codec = new PostCodec();

    @Test
    void round_trips_a_published_post_at_its_size_limits() {
        Post post = PostMother.aPublishedPost()
                .by(UserId.newId())
                .titled("T".repeat(254) + "\u00e9")
                .withContent("\u00c5ngstr\u00f6m \u2603 \uD83D\uDE00 " + "x".repeat(99_980))
                .taggedWith("zeta", "alpha", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "y".repeat(50))
                .createdAt(Instant.parse("2031-03-04T05:06:07.891Z"))
                .publishedAt(Instant.parse("2031-03-04T05:06:08.001Z"))
                .build()
                .withVersion(3);

        Post decoded = codec.decode(codec.encode(post));

        assertThat(decoded).isEqualTo(post);
        assertThat(decoded.tags().names()).containsExactlyElementsOf(post.tags().names());
    }

    @Test
    void round_trips_an_empty_draft() {
        Post draft = PostMother.aDraft().by(UserId.newId()).withContent("").build();

        Post decoded = codec.decode(codec.encode(draft));

        assertThat(decoded).isEqualTo(draft);
        assertThat(decoded.publishedAt()).isEmpty();
        assertThat(decoded.tags().isEmpty()).isEqualTo(draft.tags().isEmpty());
    }
}
