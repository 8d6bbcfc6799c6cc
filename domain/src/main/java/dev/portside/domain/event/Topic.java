package dev.portside.domain.event;

import dev.portside.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a subscriber listens to. Every event belongs to exactly one topic:
 *
 * <ul>
 *   <li>{@code posts}: posts published and unpublished;</li>
 *   <li>{@code posts/{postId}/comments}: comments added to one post;</li>
 *   <li>{@code orders}: orders placed, their status changes and cancellations;</li>
 *   <li>{@code products}: stock changes of products;</li>
 *   <li>{@code accounts/{accountId}}: deposits and transfers in and out of one account.</li>
 * </ul>
 *
 * Which of a topic's events a subscriber receives is decided per event by its {@link Audience}.
 * The text is canonical (ids in lower case), so equal topics have equal text.
 */
public record Topic(String value) {

    public static final int MAX_LENGTH = 100;

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern VALID =
            Pattern.compile("posts|orders|products|posts/" + UUID_PATTERN + "/comments|accounts/" + UUID_PATTERN);

    public static final Topic POSTS = new Topic("posts");
    public static final Topic ORDERS = new Topic("orders");
    public static final Topic PRODUCTS = new Topic("products");

    public Topic {
        Objects.requireNonNull(value, "value");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a topic: " + value);
        }
    }

    public static Topic commentsOf(UUID postId) {
        return new Topic("posts/" + postId + "/comments");
    }

    public static Topic account(UUID accountId) {
        return new Topic("accounts/" + accountId);
    }

    /**
     * A topic from client input; anything else is a validation failure of {@code field}. Ids may be
     * given in either case.
     */
    public static Topic parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "must not contain an empty topic");
        }
        String canonical = text.strip().toLowerCase(Locale.ROOT);
        if (canonical.length() > MAX_LENGTH || !VALID.matcher(canonical).matches()) {
            throw new ValidationException(
                    field,
                    "unknown topic '" + shorten(text)
                            + "': use posts, posts/{postId}/comments, orders, products or accounts/{accountId}");
        }
        return new Topic(canonical);
    }

    private static String shorten(String text) {
        String printable = text.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "...";
    }

    @Override
    public String toString() {
        return value;
    }
}
