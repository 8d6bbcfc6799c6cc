package dev.portside.adapters.postgres.blog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code posts}; {@code version} is the stored one (1 after the first save). */
@MappedEntity("posts")
record PostRow(
        @Id UUID id,
        UUID authorId,
        String title,
        String content,
        String[] tags,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version) {}
