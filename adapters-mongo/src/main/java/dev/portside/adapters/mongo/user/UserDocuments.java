package dev.portside.adapters.mongo.user;

import static dev.portside.adapters.mongo.shared.Values.date;
import static dev.portside.adapters.mongo.shared.Values.instant;
import static dev.portside.adapters.mongo.shared.Values.optionalInstant;
import static dev.portside.adapters.mongo.shared.Values.optionalString;
import static dev.portside.adapters.mongo.shared.Values.putIfPresent;

import dev.portside.adapters.mongo.shared.Values;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.Username;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * A user as a document of the {@code users} collection. Next to the username as typed it stores
 * {@code usernameKey}, the lower-case form that the unique index, the lookups and the sort use
 * (emails are lower-case already), so no case-insensitive collation is needed anywhere.
 */
final class UserDocuments {

    static final String COLLECTION = "users";
    static final String USERNAME_INDEX = "users_username_key_unique";
    static final String EMAIL_INDEX = "users_email_unique";

    private UserDocuments() {
    }

    /** Every field but {@code _id} and {@code version}, which the versioned save adds. */
    static Document toDocument(User user) {
        Document document = new Document("username", user.username().value())
                .append("usernameKey", user.username().canonical())
                .append("email", user.email().value())
                .append("passwordHash", user.passwordHash().value());
        putIfPresent(document, "firstName", user.profile().firstName());
        putIfPresent(document, "lastName", user.profile().lastName());
        putIfPresent(document, "bio", user.profile().bio());
        document.append("roles", user.roles().stream().map(Role::name).sorted().toList())
                .append("status", user.status().name())
                .append("createdAt", date(user.createdAt()));
        putIfPresent(document, "lastLoginAt", user.lastLoginAt().map(Values::date));
        document.append("failedLoginAttempts", user.failedLoginAttempts());
        putIfPresent(document, "lockedUntil", user.lockedUntil().map(Values::date));
        return document;
    }

    static User toUser(Document document) {
        List<String> roles = document.getList("roles", String.class);
        Set<Role> roleSet = roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new User(
                new UserId(document.get("_id", UUID.class)),
                new Username(document.getString("username")),
                new EmailAddress(document.getString("email")),
                new PasswordHash(document.getString("passwordHash")),
                new Profile(optionalString(document, "firstName"), optionalString(document, "lastName"),
                        optionalString(document, "bio")),
                roleSet,
                UserStatus.valueOf(document.getString("status")),
                instant(document, "createdAt"),
                optionalInstant(document, "lastLoginAt"),
                document.getInteger("failedLoginAttempts"),
                optionalInstant(document, "lockedUntil"),
                document.getLong("version"));
    }
}
