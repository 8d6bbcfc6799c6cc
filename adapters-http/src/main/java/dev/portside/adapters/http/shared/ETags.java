package dev.portside.adapters.http.shared;

import jakarta.annotation.Nullable;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strong ETags from aggregate versions: {@code "3"}. An {@code If-Match} of {@code *} or none sets no
 * expectation; one that is not an ETag we could have issued can never match, so it expects version
 * -1 and the use case answers 412 {@code version_mismatch}.
 */
public final class ETags {

    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static OptionalLong expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = STRONG.matcher(ifMatch.strip());
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.of(-1);
    }
}
