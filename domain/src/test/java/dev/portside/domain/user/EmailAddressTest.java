package dev.portside.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void is_stored_lower_case_and_trimmed() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("ada.lovelace@example.org");
    }

    @Test
    void addresses_differing_only_in_case_are_equal() {
        assertThat(new EmailAddress("A@B.example")).isEqualTo(new EmailAddress("a@b.EXAMPLE"));
    }

    @Test
    void accepts_254_characters() {
        String address = "a".repeat(64) + "@" + "b".repeat(184) + ".test";

        assertThat(address).hasSize(254);
        assertThat(new EmailAddress(address).value()).isEqualTo(address);
    }

    @Test
    void refuses_more_than_254_characters() {
        String address = "a".repeat(64) + "@" + "b".repeat(185) + ".test";

        assertThatThrownBy(() -> new EmailAddress(address))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("email");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "@example.org",
                "a@",
                "a@example",
                "a@@example.org",
                "a b@example.org",
                "a@example..org",
                "a@.example.org",
                "a@b@example.org"
            })
    void refuses_what_is_not_an_address(String value) {
        assertThatThrownBy(() -> new EmailAddress(value))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("email");
    }

    @Test
    void refuses_a_local_part_over_64_characters() {
        assertThatThrownBy(() -> new EmailAddress("a".repeat(65) + "@example.org"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> new EmailAddress(null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("required");
    }
}
