package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A partial edit: absent fields stay as they are; {@code tags: []} removes every tag. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record UpdatePostRequest(
        @Nullable @Size(max = 255) String title,
        @Nullable @Size(max = 100_000) String content,
        @Nullable @Size(max = 10) List<@NotNull @Size(max = 50) String> tags) {}
