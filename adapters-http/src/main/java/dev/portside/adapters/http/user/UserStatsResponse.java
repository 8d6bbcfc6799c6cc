package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserStatsResponse(
        Map<String, Long> countsByStatus,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long total,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long activeInLast30Days) {}
