package dev.portside.domain.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tags_are_trimmed_lower_cased_and_deduplicated_keeping_first_position() {
        Tags tags = Tags.of(" Java ", "DDD", "java", "ddd ", "Testing");

        assertThat(tags.names()).containsExactly("java", "ddd", "testing");
    }

    @Test
    void at_most_ten_distinct_tags_are_allowed() {
        List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "t" + i).toList();

        assertThat(Tags.of(ten).values()).hasSize(10);
        assertThatThrownBy(() -> Tags.of(append(ten, "t11")))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "tags")
                .extracting("errorCode")
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void the_limit_counts_tags_after_normalisation() {
        List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "t" + i).toList();

        assertThat(Tags.of(append(ten, " T1 ")).values()).hasSize(10);
    }

    @Test
    void a_tag_has_one_to_fifty_characters_after_trimming() {
        assertThat(new Tag("x".repeat(50)).value()).hasSize(50);
        assertThat(new Tag("  " + "x".repeat(50) + "  ").value()).hasSize(50);

        assertThatThrownBy(() -> new Tag("x".repeat(51)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "tags");
        assertThatThrownBy(() -> new Tag("   "))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "tags");
    }

    @Test
    void null_tags_are_refused_as_validation_errors() {
        assertThatThrownBy(() -> Tags.of((List<String>) null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Tags.of(Collections.singletonList(null)))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "tags");
    }

    private static List<String> append(List<String> list, String extra) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(extra))
                .toList();
    }
}
