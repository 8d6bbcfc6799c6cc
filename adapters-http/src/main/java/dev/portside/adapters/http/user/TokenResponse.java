package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A bearer token and its lifetime in seconds. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TokenResponse(
        @Schema(maxLength = 4096) String accessToken,
        @Schema(maxLength = 10) String tokenType,

        @Schema(minimum = "0", maximum = "9223372036854775807")
        long expiresIn) {

    static TokenResponse bearer(
            @Schema(maxLength = 4096) String accessToken,
            @Schema(minimum = "0", maximum = "9223372036854775807") long expiresIn) {
        return new TokenResponse(accessToken, "Bearer", expiresIn);
    }
}
