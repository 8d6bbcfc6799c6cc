package dev.portside.adapters.postgres.user;

import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** {@link User} to and from {@link UserRow}; the profile's three optional fields are three columns. */
@Mapper
interface UserRowMapper {

    @Mapping(target = "profile", expression = "java(Profile.of(row.firstName(), row.lastName(), row.bio()))")
    // the aggregate's behaviours look like fluent setters to MapStruct; the constructor sets everything
    @Mapping(target = "loginSucceeded", ignore = true)
    @Mapping(target = "loginFailed", ignore = true)
    @Mapping(target = "updateProfile", ignore = true)
    @Mapping(target = "changePassword", ignore = true)
    @Mapping(target = "changeRoles", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    User user(UserRow row);

    @Mapping(target = "firstName", source = "profile.firstName")
    @Mapping(target = "lastName", source = "profile.lastName")
    @Mapping(target = "bio", source = "profile.bio")
    UserRow row(User user);

    default UserId userId(UUID id) {
        return new UserId(id);
    }

    default UUID uuid(UserId id) {
        return id.value();
    }

    default Username username(String value) {
        return new Username(value);
    }

    default String text(Username username) {
        return username.value();
    }

    default EmailAddress email(String value) {
        return new EmailAddress(value);
    }

    default String text(EmailAddress email) {
        return email.value();
    }

    default PasswordHash passwordHash(String value) {
        return new PasswordHash(value);
    }

    default String text(PasswordHash hash) {
        return hash.value();
    }

    default Set<Role> roles(String[] names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }

    default String[] roles(Set<Role> roles) {
        // enum order, so equal role sets are stored identically
        return EnumSet.copyOf(roles).stream().map(Role::name).toArray(String[]::new);
    }

    default Optional<Instant> optional(Instant instant) {
        return Optional.ofNullable(instant);
    }

    default Instant instantOrNull(Optional<Instant> instant) {
        return instant.orElse(null);
    }

    default String textOrNull(Optional<String> text) {
        return text.orElse(null);
    }
}
