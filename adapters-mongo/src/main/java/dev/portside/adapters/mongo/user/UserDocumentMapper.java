package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.DocumentValues;
import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.user.Profile;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(
        uses = {StoredValues.class, DocumentValues.class},
        imports = DocumentValues.class)
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
        return new Profile(
                Optional.ofNullable(document.firstName()),
                Optional.ofNullable(document.lastName()),
                Optional.ofNullable(document.bio()));
    }

    /** Stored sorted, so equal role sets are equal documents. */
    default List<String> roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    default Set<Role> roles(List<String> roles) {
        return roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
