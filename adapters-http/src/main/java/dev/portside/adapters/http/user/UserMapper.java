package dev.portside.adapters.http.user;

import dev.portside.adapters.http.shared.JsonValues;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.User;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStats;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** User results to response records; the password hash and the lockout bookkeeping have no target. */
@Mapper(uses = JsonValues.class)
interface UserMapper {

    @Mapping(target = "firstName", source = "profile.firstName")
    @Mapping(target = "lastName", source = "profile.lastName")
    @Mapping(target = "bio", source = "profile.bio")
    UserResponse user(User user);

    /** Every status, with zero where none: a client need not know which statuses exist to read the counts. */
    default UserStatsResponse stats(UserStats stats) {
        Map<String, Long> counts = new TreeMap<>();
        for (UserStatus status : UserStatus.values()) {
            counts.put(status.name(), stats.count(status));
        }
        return new UserStatsResponse(counts, stats.total(), stats.activeInLast30Days());
    }

    /** In enum order, so that equal role sets always read the same. */
    default List<Role> roles(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
