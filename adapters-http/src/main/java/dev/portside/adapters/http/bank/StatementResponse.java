package dev.portside.adapters.http.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.util.List;

/** Newest first; {@code nextCursor} is null on the last slice. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatementResponse(
        @ArraySchema(maxItems = 100) List<TransferResponse> items,
        @Nullable @Schema(maxLength = 200) String nextCursor) {}
