package dev.portside.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Ada.Lovelace_1-x", "012345678901234567890123456789"})
    void accepts_3_to_30_letters_digits_underscore_dot_and_dash(String value) {
        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "0123456789012345678901234567890"})
    void refuses_lengths_outside_3_to_30(String value) {
        assertThatThrownBy(() -> new Username(value))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("3-30")
                .extracting("field")
                .isEqualTo("username");
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "at@sign", "émile", "semi;colon", "tab\there"})
    void refuses_other_characters(String value) {
        assertThatThrownBy(() -> new Username(value))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("username");
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> new Username(null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("required");
    }

    @Test
    void keeps_its_case_for_display_but_compares_ignoring_it() {
        Username mixed = new Username("Alice");

        assertThat(mixed.value()).isEqualTo("Alice");
        assertThat(mixed.canonical()).isEqualTo("alice");
        assertThat(mixed.sameAs(new Username("aLICE"))).isTrue();
        assertThat(mixed.sameAs(new Username("alice2"))).isFalse();
    }
}
