package dev.portside.domain.event;

import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may receive an event, decided when the event is written so that a reader needs nothing but the
 * event to authorise it, with the same rules as the REST API: published posts and their comments,
 * and products, are for everyone; an order or an account is for its owner and for admins.
 */
public record Audience(Kind kind, Optional<UserId> owner) {

    public enum Kind {
        /** Anyone who may subscribe. */
        EVERYONE("everyone"),
        /** The owner (customer, account holder) and admins. */
        OWNER_AND_ADMINS("owner_and_admins");

        private final String storedName;

        Kind(String storedName) {
            this.storedName = storedName;
        }

        /** How storage spells it. */
        public String storedName() {
            return storedName;
        }

        public static Kind ofStoredName(String name) {
            for (Kind kind : values()) {
                if (kind.storedName.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown audience " + name);
        }
    }

    public Audience {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        if ((kind == Kind.OWNER_AND_ADMINS) != owner.isPresent()) {
            throw new IllegalArgumentException("an owner is given exactly for " + Kind.OWNER_AND_ADMINS);
        }
    }

    public static Audience everyone() {
        return new Audience(Kind.EVERYONE, Optional.empty());
    }

    public static Audience ownerAndAdmins(UserId owner) {
        return new Audience(Kind.OWNER_AND_ADMINS, Optional.of(owner));
    }

    /** Whether a caller with this id, admin or not, may receive the event. */
    public boolean admits(UserId caller, boolean isAdmin) {
        return switch (kind) {
            case EVERYONE -> true;
            case OWNER_AND_ADMINS -> isAdmin || owner.get().equals(caller);
        };
    }
}
