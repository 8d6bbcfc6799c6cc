package dev.portside.application.user;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.UserId;
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
        new Validation()
                .required("actor", actor)
                .required("id", userId)
                .required("expectedVersion", expectedVersion)
                // validated here, so a bad part is refused before any storage is touched
                .required("firstName", firstName, given -> Profile.clean("firstName", given, Profile.NAME_MAX_LENGTH))
                .required("lastName", lastName, given -> Profile.clean("lastName", given, Profile.NAME_MAX_LENGTH))
                .required("bio", bio, given -> Profile.clean("bio", given, Profile.BIO_MAX_LENGTH))
                .done();
    }
}
