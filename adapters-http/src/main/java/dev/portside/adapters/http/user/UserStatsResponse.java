package dev.portside.adapters.http.user;

import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStats;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import java.util.TreeMap;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserStatsResponse(Map<String, Long> countsByStatus, long total, long activeInLast30Days) {

    static UserStatsResponse of(UserStats stats) {
        Map<String, Long> counts = new TreeMap<>();
        for (UserStatus status : UserStatus.values()) {
            counts.put(status.name(), stats.count(status));
        }
        return new UserStatsResponse(counts, stats.total(), stats.activeInLast30Days());
    }
}
