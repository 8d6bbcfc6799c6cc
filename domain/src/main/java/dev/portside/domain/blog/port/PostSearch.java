package dev.portside.domain.blog.port;

import dev.portside.domain.blog.Tags;
import dev.portside.domain.shared.Instants;
import dev.portside.domain.shared.Text;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of the public post listing; every present filter must hold (AND).
 *
 * <ul>
 *   <li>{@code text} ({@code q}): the title OR the content contains it, ignoring case (root-locale
 *       lower-casing); it is matched literally, so {@code %} and {@code _} are not wildcards.
 *       Surrounding blanks are stripped and a blank text means no filter.</li>
 *   <li>{@code tags} with {@code tagMode}: ALL = the post has every tag, ANY = at least one. Tags are
 *       normalised like a post's tags. No tags means no filter.</li>
 *   <li>{@code author}: posts by that user.</li>
 *   <li>{@code from}/{@code to} on {@code publishedAt}: a half-open range, from inclusive, to exclusive.</li>
 * </ul>
 */
public record PostSearch(
        Optional<String> text,
        Tags tags,
        TagMode tagMode,
        Optional<UserId> author,
        Optional<Instant> from,
        Optional<Instant> to) {

    public static final int MAX_TEXT_LENGTH = 255;

    public PostSearch {
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
        if (text.isPresent() && text.get().length() > MAX_TEXT_LENGTH) {
            throw new ValidationException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(tagMode, "tagMode");
        Objects.requireNonNull(author, "author");
        text.ifPresent(t -> Text.storable("q", t));
        Objects.requireNonNull(from, "from").ifPresent(instant -> Instants.supported("from", instant));
        Objects.requireNonNull(to, "to").ifPresent(instant -> Instants.supported("to", instant));
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new ValidationException("to", "must be after from");
        }
    }

    /** No filter: every published post. */
    public static PostSearch everything() {
        return new PostSearch(
                Optional.empty(), Tags.none(), TagMode.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public PostSearch withText(String newText) {
        return new PostSearch(Optional.ofNullable(newText), tags, tagMode, author, from, to);
    }

    public PostSearch withTags(TagMode mode, String... newTags) {
        return new PostSearch(text, Tags.of(newTags), mode, author, from, to);
    }

    public PostSearch byAuthor(UserId newAuthor) {
        return new PostSearch(text, tags, tagMode, Optional.of(newAuthor), from, to);
    }

    public PostSearch publishedFrom(Instant newFrom) {
        return new PostSearch(text, tags, tagMode, author, Optional.of(newFrom), to);
    }

    public PostSearch publishedBefore(Instant newTo) {
        return new PostSearch(text, tags, tagMode, author, from, Optional.of(newTo));
    }
}
