package dev.portside.adapters.http.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A bearer token and its lifetime in seconds. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {

    static TokenResponse bearer(String accessToken, long expiresIn) {
        return new TokenResponse(accessToken, "Bearer", expiresIn);
    }
}
