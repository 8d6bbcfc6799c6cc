package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.PasswordHash;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.Username;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = DocumentValues.class, imports = DocumentValues.class)
interface UserDocumentMapper {

    @Mapping(target = "usernameKey", expression = "java(user.username().canonical())")
    @Mapping(target = "firstName", source = "profile.firstName")
    @Mapping(target = "lastName", source = "profile.lastName")
    @Mapping(target = "bio", source = "profile.bio")
    @Mapping(target = "version", expression = "java(DocumentValues.storedVersion(user.version()))")
    UserDocument toDocument(User user);

    @Mapping(target = "profile", source = ".")
    @Mapping(target = "version", expression = "java(DocumentValues.aggregateVersion(document.version()))")
    // the aggregate's transitions look like fluent setters to MapStruct; they are not properties
    @Mapping(target = "loginSucceeded", ignore = true)
    @Mapping(target = "loginFailed", ignore = true)
    @Mapping(target = "updateProfile", ignore = true)
    @Mapping(target = "changePassword", ignore = true)
    @Mapping(target = "changeRoles", ignore = true)
    @Mapping(target = "withVersion", ignore = true)
    User toUser(UserDocument document);

    default Profile profile(UserDocument document) {
        return new Profile(Optional.ofNullable(document.firstName()), Optional.ofNullable(document.lastName()),
                Optional.ofNullable(document.bio()));
    }

    default UUID userId(UserId id) {
        return id.value();
    }

    default UserId userId(UUID id) {
        return new UserId(id);
    }

    default String username(Username username) {
        return username.value();
    }

    default Username username(String username) {
        return new Username(username);
    }

    default String email(EmailAddress email) {
        return email.value();
    }

    default EmailAddress email(String email) {
        return new EmailAddress(email);
    }

    default String passwordHash(PasswordHash hash) {
        return hash.value();
    }

    default PasswordHash passwordHash(String hash) {
        return new PasswordHash(hash);
    }

    /** Stored sorted, so equal role sets are equal documents. */
    default List<String> roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    default Set<Role> roles(List<String> roles) {
        return roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    default String text(Optional<String> value) {
        return value.orElse(null);
    }

    default Instant instant(Optional<Instant> value) {
        return value.orElse(null);
    }

    default Optional<Instant> instant(Instant value) {
        return Optional.ofNullable(value);
    }
}
