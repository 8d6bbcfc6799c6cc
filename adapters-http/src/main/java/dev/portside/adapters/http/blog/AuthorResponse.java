package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AuthorResponse(
        @Schema(maxLength = 36) UUID id,
        @Schema(maxLength = 30) String username) {}
