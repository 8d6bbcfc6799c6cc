package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A partial profile update, read like {@code PATCH}: an empty Optional leaves the part alone, a
 * present value replaces it, a present blank value clears it.
 */
public record UpdateProfileCommand(
        Actor actor,
        UserId userId,
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<String> bio,
        OptionalLong expectedVersion) {

    public UpdateProfileCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        // validated here, so a bad part is refused before any storage is touched
        Profile.clean("firstName", firstName, Profile.NAME_MAX_LENGTH);
        Profile.clean("lastName", lastName, Profile.NAME_MAX_LENGTH);
        Profile.clean("bio", bio, Profile.BIO_MAX_LENGTH);
    }
}
