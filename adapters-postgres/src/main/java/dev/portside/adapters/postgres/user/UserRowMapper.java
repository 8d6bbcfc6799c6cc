package dev.portside.adapters.postgres.user;

import dev.portside.adapters.storage.StoredValues;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import java.util.EnumSet;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** {@link User} to and from {@link UserRow}; the profile's three optional fields are three columns. */
@Mapper(uses = StoredValues.class)
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
}
