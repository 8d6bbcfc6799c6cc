package dev.portside.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTest {

    @Test
    void every_part_is_optional() {
        Profile profile = Profile.of(null, null, null);

        assertThat(profile).isEqualTo(Profile.empty());
        assertThat(profile.firstName()).isEmpty();
        assertThat(profile.lastName()).isEmpty();
        assertThat(profile.bio()).isEmpty();
    }

    @Test
    void blank_text_counts_as_absent_and_text_is_trimmed() {
        Profile profile = Profile.of("  ", " Lovelace ", "");

        assertThat(profile.firstName()).isEmpty();
        assertThat(profile.lastName()).contains("Lovelace");
        assertThat(profile.bio()).isEmpty();
    }

    @Test
    void names_hold_up_to_100_characters() {
        assertThat(Profile.of("a".repeat(100), "b".repeat(100), null).firstName())
                .contains("a".repeat(100));
        assertThatThrownBy(() -> Profile.of("a".repeat(101), null, null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("firstName");
        assertThatThrownBy(() -> Profile.of(null, "b".repeat(101), null))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("lastName");
    }

    @Test
    void bio_holds_up_to_1000_characters() {
        assertThat(Profile.of(null, null, "x".repeat(1000)).bio()).contains("x".repeat(1000));
        assertThatThrownBy(() -> Profile.of(null, null, "x".repeat(1001)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("bio");
    }

    @Test
    void a_partial_update_keeps_absent_parts_replaces_present_ones_and_clears_blank_ones() {
        Profile profile = Profile.of("Ada", "Lovelace", "Analyst");

        Profile updated = profile.with(Optional.empty(), Optional.of("King"), Optional.of(""));

        assertThat(updated).isEqualTo(Profile.of("Ada", "King", null));
    }
}
