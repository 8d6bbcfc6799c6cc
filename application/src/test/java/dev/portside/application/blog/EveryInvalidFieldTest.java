package dev.portside.application.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A blog command with several bad fields names each of them in one refusal. */
class EveryInvalidFieldTest {

    private final Actor author = new Actor(UserId.newId(), Set.of(Role.USER));

    @Test
    void a_new_post_names_a_blank_title_and_too_long_content_together() {
        ValidationException refusal = catchThrowableOfType(
                ValidationException.class, () -> CreatePostCommand.of(author, " ", "c".repeat(100_001), List.of()));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("title", "content");
    }
}
