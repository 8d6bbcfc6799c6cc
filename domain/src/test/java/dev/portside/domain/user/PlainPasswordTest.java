package dev.portside.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class PlainPasswordTest {

    @Test
    void accepts_8_to_128_characters() {
        assertThat(new PlainPassword("12345678").value()).hasSize(8);
        assertThat(new PlainPassword("x".repeat(128)).value()).hasSize(128);
    }

    @Test
    void counts_characters_not_utf16_units() {
        String emoji = "🔑".repeat(128);

        assertThat(new PlainPassword(emoji).value()).isEqualTo(emoji);
    }

    @Test
    void refuses_fewer_than_8_characters() {
        assertThatThrownBy(() -> new PlainPassword("1234567"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("8-128")
                .extracting("field")
                .isEqualTo("password");
    }

    @Test
    void refuses_more_than_128_characters() {
        assertThatThrownBy(() -> new PlainPassword("x".repeat(129)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("password");
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> new PlainPassword(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void reports_the_policy_against_the_field_the_caller_names() {
        assertThatThrownBy(() -> PlainPassword.of("newPassword", "short"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("newPassword: must be 8-128 characters")
                .extracting("field")
                .isEqualTo("newPassword");
    }

    @Test
    void never_shows_the_password_in_its_text_form() {
        PlainPassword password = new PlainPassword("hunter22-secret");

        assertThat(password.toString()).doesNotContain("hunter22");
        assertThat(String.valueOf(new PasswordHash("fake$salt$terces"))).doesNotContain("terces");
    }
}
