package dev.portside.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void collects_every_failure_before_refusing_once() {
        Validation check = new Validation();
        Object parsed = check.parse(() -> {
            throw new ValidationException("name", "is too long");
        });
        check.required("id", null).check(false, "size", "must be positive");

        ValidationException refusal = catchThrowableOfType(ValidationException.class, check::done);

        assertThat(parsed).isNull();
        assertThat(refusal.errors())
                .containsExactly(
                        new ValidationException.FieldError("name", "is too long"),
                        new ValidationException.FieldError("id", "is required"),
                        new ValidationException.FieldError("size", "must be positive"));
        assertThat(refusal.field()).isEqualTo("name");
        assertThat(refusal.getMessage()).isEqualTo("name: is too long (and 2 more)");
    }

    @Test
    void valid_input_passes_and_keeps_its_values() {
        Validation check = new Validation();

        assertThat(check.parse(() -> "value")).isEqualTo("value");
        assertThat(check.required("id", 1).isValid()).isTrue();
        assertThatCode(check::done).doesNotThrowAnyException();
    }

    @Test
    void a_prefixed_refusal_names_the_nested_fields() {
        ValidationException refusal = new ValidationException("quantity", "must be positive").prefixed("items[2].");

        assertThat(refusal.field()).isEqualTo("items[2].quantity");
        assertThat(refusal.reason()).isEqualTo("must be positive");
    }
}
