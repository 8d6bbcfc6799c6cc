package dev.portside.application.user;

import static dev.portside.application.user.UserFixture.actorOf;
import static dev.portside.application.user.UserFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.user.UserMother;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class UpdateProfileServiceTest {

    private final UserFixture fx = new UserFixture();
    private final UpdateProfile updateProfile = fx.useCases.updateProfile();
    private final User owner = fx.given(
            UserMother.aUser().withProfile("Ada", "Byron", "Poet's daughter").build());

    @Test
    void the_owner_updates_only_the_parts_given_and_clears_blank_ones() {
        User updated = updateProfile.update(command(
                actorOf(owner),
                owner.id(),
                Optional.empty(),
                Optional.of("Lovelace"),
                Optional.of(" "),
                OptionalLong.empty()));

        assertThat(updated.profile()).isEqualTo(Profile.of("Ada", "Lovelace", null));
        assertThat(updated.version()).isEqualTo(owner.version() + 1);
        assertThat(fx.stored(owner.id())).isEqualTo(updated);
    }

    @Test
    void an_admin_may_update_anyone() {
        Actor admin = actorOf(fx.given(UserMother.anAdmin()));

        User updated = updateProfile.update(command(
                admin, owner.id(), Optional.of("Augusta"), Optional.empty(), Optional.empty(), OptionalLong.empty()));

        assertThat(updated.profile().firstName()).contains("Augusta");
    }

    @Test
    void anyone_else_is_told_it_does_not_exist_and_nothing_changes() {
        Actor other = actorOf(fx.given(UserMother.aUser().build()));

        assertRefused(
                () -> updateProfile.update(command(
                        other,
                        owner.id(),
                        Optional.of("Mallory"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.empty())),
                ErrorCode.NOT_FOUND);

        assertThat(fx.stored(owner.id())).isEqualTo(owner);
    }

    @Test
    void a_matching_expected_version_is_accepted() {
        User updated = updateProfile.update(command(
                actorOf(owner),
                owner.id(),
                Optional.of("Augusta"),
                Optional.empty(),
                Optional.empty(),
                OptionalLong.of(owner.version())));

        assertThat(updated.profile().firstName()).contains("Augusta");
    }

    @Test
    void a_stale_expected_version_is_a_version_mismatch_and_nothing_changes() {
        assertRefused(
                () -> updateProfile.update(command(
                        actorOf(owner),
                        owner.id(),
                        Optional.of("Augusta"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.of(owner.version() + 1))),
                ErrorCode.VERSION_MISMATCH);

        assertThat(fx.stored(owner.id())).isEqualTo(owner);
    }

    @Test
    void an_update_that_changes_nothing_keeps_the_version() {
        User same = updateProfile.update(command(
                actorOf(owner),
                owner.id(),
                Optional.of("Ada"),
                Optional.empty(),
                Optional.empty(),
                OptionalLong.empty()));

        assertThat(same.version()).isEqualTo(owner.version());
    }

    @Test
    void deleted_and_unknown_accounts_are_not_found_even_for_admins() {
        Actor admin = actorOf(fx.given(UserMother.anAdmin()));
        User deleted = fx.given(UserMother.aUser().deleted().build());

        assertRefused(
                () -> updateProfile.update(command(
                        admin,
                        deleted.id(),
                        Optional.of("X"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.empty())),
                ErrorCode.NOT_FOUND);
        assertRefused(
                () -> updateProfile.update(command(
                        admin,
                        UserId.newId(),
                        Optional.of("X"),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.empty())),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void parts_over_their_limits_are_refused_with_their_field() {
        assertThatThrownBy(() -> command(
                        actorOf(owner),
                        owner.id(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("x".repeat(1001)),
                        OptionalLong.empty()))
                .extracting("field")
                .isEqualTo("bio");
        assertThatThrownBy(() -> command(
                        actorOf(owner),
                        owner.id(),
                        Optional.of("x".repeat(101)),
                        Optional.empty(),
                        Optional.empty(),
                        OptionalLong.empty()))
                .extracting("field")
                .isEqualTo("firstName");
    }

    private static UpdateProfileCommand command(
            Actor actor,
            UserId id,
            Optional<String> firstName,
            Optional<String> lastName,
            Optional<String> bio,
            OptionalLong version) {
        return new UpdateProfileCommand(actor, id, firstName, lastName, bio, version);
    }
}
