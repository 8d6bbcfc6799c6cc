package dev.portside.domain.user;

import dev.portside.domain.shared.Text;
import jakarta.annotation.Nullable;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user tells about themselves. Every part is optional; blank text counts as absent, so there
 * is exactly one way to say "no first name".
 */
public record Profile(Optional<String> firstName, Optional<String> lastName, Optional<String> bio) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int BIO_MAX_LENGTH = 1000;

    public Profile {
        firstName = clean("firstName", firstName, NAME_MAX_LENGTH);
        lastName = clean("lastName", lastName, NAME_MAX_LENGTH);
        bio = clean("bio", bio, BIO_MAX_LENGTH);
    }

    public static Profile empty() {
        return new Profile(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** From raw input where null means absent. */
    public static Profile of(@Nullable String firstName, @Nullable String lastName, @Nullable String bio) {
        return new Profile(Optional.ofNullable(firstName), Optional.ofNullable(lastName), Optional.ofNullable(bio));
    }

    /**
     * A partial update, the way {@code PATCH} reads: an empty Optional keeps the current value, a present
     * value replaces it, and a present blank value clears it.
     */
    public Profile with(Optional<String> newFirstName, Optional<String> newLastName, Optional<String> newBio) {
        return new Profile(
                newFirstName.isPresent() ? newFirstName : firstName,
                newLastName.isPresent() ? newLastName : lastName,
                newBio.isPresent() ? newBio : bio);
    }

    /** Validates one part the same way the constructor does, for commands that hold raw parts. */
    public static Optional<String> clean(String field, Optional<String> value, int maxLength) {
        Objects.requireNonNull(value, field);
        return value.map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> Text.required(field, text, 1, maxLength));
    }
}
