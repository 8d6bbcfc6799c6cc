package dev.portside.adapters.http.blog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record AddCommentRequest(@NotNull @Size(max = 10_000) String content) {}
