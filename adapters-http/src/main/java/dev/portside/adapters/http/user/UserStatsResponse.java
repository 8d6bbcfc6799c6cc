package dev.portside.adapters.http.user;

import io.swagger.v3.oas.annotations.media.Schema;
import dev.portside.domain.user.UserStatus;
import dev.portside.domain.user.port.UserStats;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;
import java.util.TreeMap;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserStatsResponse(
        Map<String, Long> countsByStatus,
        @Schema(minimum = "0", maximum = "9223372036854775807") long total,
        @Schema(minimum = "0", maximum = "9223372036854775807") long activeInLast30Days) {

    static UserStatsResponse of(UserStats stats) {
        Map<String, Long> counts = new TreeMap<>();
        for (UserStatus status : UserStatus.values()) {
            counts.put(status.name(), stats.count(status));
        }
        return new UserStatsResponse(counts, stats.total(), stats.activeInLast30Days());
    }

}
