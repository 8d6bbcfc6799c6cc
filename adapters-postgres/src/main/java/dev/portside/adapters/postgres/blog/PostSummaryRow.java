package dev.portside.adapters.postgres.blog;

import io.micronaut.core.annotation.Introspected;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/** A listed post: its columns, its author's username and its comment count, read in one row. */
@Introspected
record PostSummaryRow(
        UUID id,
        UUID authorId,
        String title,
        String content,
        String[] tags,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        long version,
        String username,
        long commentCount) {}
