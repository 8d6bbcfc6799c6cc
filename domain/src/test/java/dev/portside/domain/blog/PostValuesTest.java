package dev.portside.domain.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class PostValuesTest {

    @Test
    void title_has_one_to_255_characters_and_is_not_blank() {
        assertThat(new PostTitle("x").value()).isEqualTo("x");
        assertThat(new PostTitle("x".repeat(255)).value()).hasSize(255);

        assertRefused(() -> new PostTitle("x".repeat(256)), "title");
        assertRefused(() -> new PostTitle(""), "title");
        assertRefused(() -> new PostTitle("   "), "title");
        assertRefused(() -> new PostTitle(null), "title");
    }

    @Test
    void content_may_be_empty_and_has_at_most_100000_characters() {
        assertThat(new PostContent("").value()).isEmpty();
        assertThat(new PostContent("x".repeat(100_000)).value()).hasSize(100_000);

        assertRefused(() -> new PostContent("x".repeat(100_001)), "content");
        assertRefused(() -> new PostContent(null), "content");
    }

    @Test
    void comment_content_has_one_to_10000_characters_and_is_not_blank() {
        assertThat(new CommentContent("x".repeat(10_000)).value()).hasSize(10_000);

        assertRefused(() -> new CommentContent("x".repeat(10_001)), "content");
        assertRefused(() -> new CommentContent(""), "content");
        assertRefused(() -> new CommentContent(" \n "), "content");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.VALIDATION_FAILED);
    }
}
