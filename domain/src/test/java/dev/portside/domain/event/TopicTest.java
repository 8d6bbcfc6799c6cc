package dev.portside.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TopicTest {

    private static final String ID = "0191f2a4-5b6c-7d8e-9f01-23456789abcd";

    @ParameterizedTest
    @ValueSource(strings = {"posts", "orders", "products", "posts/" + ID + "/comments", "accounts/" + ID})
    void parses_every_kind_of_topic(String text) {
        assertThat(Topic.parse("topics", text).value()).isEqualTo(text);
    }

    @Test
    void ids_are_canonical_in_lower_case() {
        assertThat(Topic.parse("topics", "accounts/" + ID.toUpperCase())).isEqualTo(Topic.account(UUID.fromString(ID)));
        assertThat(Topic.parse("topics", " posts ")).isEqualTo(Topic.POSTS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "users",
                "accounts",
                "accounts/",
                "accounts/not-a-uuid",
                "posts/" + ID,
                "posts//comments",
                "orders/" + ID,
                "accounts/" + ID + "/x",
                "POSTS\u0000"
            })
    void refuses_anything_else_naming_the_field(String text) {
        assertThatThrownBy(() -> Topic.parse("topics", text))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("topics"));
    }

    @Test
    void audience_admits_owner_and_admins_or_everyone() {
        UserId owner = UserId.newId();
        UserId other = UserId.newId();

        assertThat(Audience.ownerAndAdmins(owner).admits(owner, false)).isTrue();
        assertThat(Audience.ownerAndAdmins(owner).admits(other, false)).isFalse();
        assertThat(Audience.ownerAndAdmins(owner).admits(other, true)).isTrue();
        assertThat(Audience.everyone().admits(other, false)).isTrue();
    }
}
