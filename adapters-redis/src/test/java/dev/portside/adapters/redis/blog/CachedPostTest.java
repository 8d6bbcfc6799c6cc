package dev.portside.adapters.redis.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.redis.shared.CacheCodec;
import dev.portside.domain.blog.Post;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.blog.PostMother;
import io.micronaut.serde.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CachedPostTest {

    private final CacheCodec<Post> codec =
            CacheCodec.json(ObjectMapper.getDefault(), CachedPost.class, CachedPost::of, CachedPost::toPost);

    @Test
    void round_trips_a_published_post_at_its_size_limits() {
        Post post = PostMother.aPublishedPost()
                .by(UserId.newId())
                .titled("T".repeat(254) + "\u00e9")
                .withContent("\u00c5ngstr\u00f6m \u2603 \uD83D\uDE00 \"quoted\" " + "x".repeat(99_970))
                .taggedWith("zeta", "alpha", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "y".repeat(50))
                .createdAt(Instant.parse("2031-03-04T05:06:07.891234567Z"))
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
    }

    @Test
    void refuses_a_truncated_entry() {
        byte[] bytes =
                codec.encode(PostMother.aPublishedPost().by(UserId.newId()).build());

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, bytes.length - 3)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void an_entry_names_its_fields() {
        Post post =
                PostMother.aPublishedPost().by(UserId.newId()).titled("Named").build();

        assertThat(new String(codec.encode(post), StandardCharsets.UTF_8))
                .contains("\"title\":\"Named\"", "\"status\":\"PUBLISHED\"");
    }
}
