package dev.portside.adapters.http.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.portside.application.shared.Actor;
import dev.portside.application.shared.UnauthenticatedException;
import dev.portside.application.user.GetCurrentUser;
import dev.portside.application.user.GetCurrentUserQuery;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a token's user may still do, read through a small cache so that a request pays a map lookup,
 * not a query. An entry lives {@link AccountCheckConfiguration#getTtl()} at most; that is how long a
 * change made elsewhere can go unnoticed. Changes made through this instance call {@link #forget}.
 */
@Singleton
public final class AccountStandings {

    /** The account as far as tokens care: gone (empty), or its roles and lock. */
    record Standing(Set<Role> roles, Optional<Instant> lockedUntil) {

        boolean admits(Set<Role> claimed, Instant now) {
            return lockedUntil.map(until -> !now.isBefore(until)).orElse(true) && roles.containsAll(claimed);
        }
    }

    private static final Optional<Standing> GONE = Optional.empty();

    private final GetCurrentUser getCurrentUser;
    private final Cache<UserId, Optional<Standing>> cache;

    AccountStandings(UserUseCases user, AccountCheckConfiguration configuration) {
        this.getCurrentUser = user.getCurrentUser();
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(configuration.getTtl())
                .maximumSize(configuration.getMaxEntries())
                .build();
    }

    /** Cached standing, or empty when this needs a lookup ({@link #load}, which may block). */
    Optional<Optional<Standing>> cached(UserId id) {
        return Optional.ofNullable(cache.getIfPresent(id));
    }

    /** Reads the account (blocking) and caches the answer. */
    Optional<Standing> load(Actor actor) {
        Optional<Standing> standing;
        try {
            User user = getCurrentUser.get(new GetCurrentUserQuery(actor));
            standing = Optional.of(new Standing(Set.copyOf(user.roles()), user.lockedUntil()));
        } catch (UnauthenticatedException gone) {
            standing = GONE;
        }
        cache.put(actor.id(), standing);
        return standing;
    }

    /** Drops what is known about a user, after this instance deleted, demoted or otherwise changed it. */
    public void forget(UserId id) {
        cache.invalidate(id);
    }
}
