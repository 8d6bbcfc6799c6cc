package dev.portside.testkit.user;

import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.Username;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test users: {@code UserMother.aUser().withRoles(Role.ADMIN).build()}. Every user gets a unique
 * username and email, so suites can share a database, and a password hash that
 * {@link FakePasswordHasher} accepts for {@link #PASSWORD}. Timestamps are whole milliseconds, which
 * every backend stores exactly.
 */
public final class UserMother {

    public static final String PASSWORD = "correct horse battery";
    public static final Instant CREATED_AT = Instant.parse("2024-01-01T00:00:00Z");

    private UserId id = UserId.newId();
    private Username username;
    private EmailAddress email;
    private PasswordHash passwordHash = FakePasswordHasher.hashOf(PASSWORD);
    private Profile profile = Profile.empty();
    private Set<Role> roles = Set.of(Role.USER);
    private UserStatus status = UserStatus.ACTIVE;
    private Instant createdAt = CREATED_AT;
    private Optional<Instant> lastLoginAt = Optional.empty();
    private int failedLoginAttempts;
    private Optional<Instant> lockedUntil = Optional.empty();
    private long version;

    private UserMother() {
        String unique = uniqueSuffix();
        this.username = new Username("user-" + unique);
        this.email = new EmailAddress("user-" + unique + "@example.test");
    }

    public static UserMother aUser() {
        return new UserMother();
    }

    public static User anAdmin() {
        return aUser().withRoles(Role.ADMIN, Role.USER).build();
    }

    /** Ten random lower-case letters and digits, for unique test data in shared databases. */
    public static String uniqueSuffix() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            suffix.append(Character.forDigit(random.nextInt(36), 36));
        }
        return suffix.toString();
    }

    public UserMother withId(UserId value) {
        this.id = value;
        return this;
    }

    /** Sets the username and, unless set afterwards, an email derived from it. */
    public UserMother withUsername(String value) {
        this.username = new Username(value);
        this.email = new EmailAddress(value + "@example.test");
        return this;
    }

    public UserMother withEmail(String value) {
        this.email = new EmailAddress(value);
        return this;
    }

    public UserMother withPasswordHash(PasswordHash value) {
        this.passwordHash = value;
        return this;
    }

    public UserMother withProfile(@Nullable String firstName, @Nullable String lastName, @Nullable String bio) {
        this.profile = Profile.of(firstName, lastName, bio);
        return this;
    }

    public UserMother withRoles(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
        return this;
    }

    public UserMother withStatus(UserStatus value) {
        this.status = value;
        return this;
    }

    public UserMother deleted() {
        return withStatus(UserStatus.DELETED);
    }

    public UserMother createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    public UserMother lastLoginAt(Instant value) {
        this.lastLoginAt = Optional.of(value);
        return this;
    }

    public UserMother failedLoginAttempts(int value) {
        this.failedLoginAttempts = value;
        return this;
    }

    public UserMother lockedUntil(Instant value) {
        this.lockedUntil = Optional.of(value);
        return this;
    }

    public UserMother version(long value) {
        this.version = value;
        return this;
    }

    public User build() {
        return new User(
                id,
                username,
                email,
                passwordHash,
                profile,
                roles,
                status,
                createdAt,
                lastLoginAt,
                failedLoginAttempts,
                lockedUntil,
                version);
    }
}
