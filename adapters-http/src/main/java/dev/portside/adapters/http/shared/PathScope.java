package dev.portside.adapters.http.shared;

import io.micronaut.core.util.PathMatcher;
import java.util.Objects;

/**
 * The paths a filter acts on: a prefix and everything under it, with the meaning of the Ant pattern
 * {@code prefix/**} that a filter annotation would have given. The service's filters are all declared on
 * every path and ask this instead, because a single filter with its own pattern makes Micronaut's router
 * match every filter's patterns and sort the filter list again on each request (ADR 18). The common
 * spelling is answered by comparing characters; anything else (doubled slashes, blanks, say) by the same
 * Ant matcher the annotation would have used, so the two never disagree ({@code PathScopeTest}).
 */
public final class PathScope {

    private final String prefix;
    private final String pattern;

    private PathScope(String prefix) {
        this.prefix = prefix;
        this.pattern = prefix + "/**";
    }

    /** {@code prefix} itself and every path under it; {@code prefix} starts with a slash and does not end with one. */
    public static PathScope under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("a path prefix starts with '/' and does not end with it: " + prefix);
        }
        return new PathScope(prefix);
    }

    public boolean contains(String path) {
        if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
            return true;
        }
        if (isPlain(path)) {
            // its segments are the Ant matcher's tokens as they are, so the comparison above was its answer
            return false;
        }
        return PathMatcher.ANT.matches(pattern, path);
    }

    /** Starts with a slash, has no empty segment and nothing the Ant matcher trims from a segment. */
    private static boolean isPlain(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || (c == '/' && previous == '/')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
