package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A new draft. The author is the caller; {@code authorId}, {@code status} ... in the body are refused. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record CreatePostRequest(
        @NotNull @Size(max = 255) String title,
        @NotNull @Size(max = 100_000) String content,
        @Nullable @Size(max = 10) List<@NotNull @Size(max = 50) String> tags) {}
