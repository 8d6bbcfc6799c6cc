package dev.portside.domain.blog.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostSearchTest {

    @Test
    void blank_text_means_no_text_filter_and_text_is_stripped() {
        assertThat(PostSearch.everything().withText("   ").text()).isEmpty();
        assertThat(PostSearch.everything().withText(null).text()).isEmpty();
        assertThat(PostSearch.everything().withText("  Java ").text()).contains("Java");
    }

    @Test
    void text_is_at_most_255_characters() {
        assertThatThrownBy(() -> PostSearch.everything().withText("x".repeat(256)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "q");
    }

    @Test
    void filter_tags_are_normalised_like_post_tags() {
        assertThat(PostSearch.everything()
                        .withTags(TagMode.ALL, " Java", "JAVA", "ddd")
                        .tags()
                        .names())
                .containsExactly("java", "ddd");
    }

    @Test
    void the_date_range_must_not_be_empty() {
        Instant at = Instant.parse("2030-01-01T00:00:00Z");

        assertThatThrownBy(() -> PostSearch.everything().publishedFrom(at).publishedBefore(at))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "to");
        assertThat(PostSearch.everything()
                        .publishedFrom(at)
                        .publishedBefore(at.plusMillis(1))
                        .to())
                .contains(at.plusMillis(1));
    }

    @Test
    void tag_mode_parses_all_and_any_only() {
        assertThat(TagMode.parse("ALL")).isEqualTo(TagMode.ALL);
        assertThat(TagMode.parse("any")).isEqualTo(TagMode.ANY);
        assertThatThrownBy(() -> TagMode.parse("some"))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "tagMode");
    }
}
