package dev.portside.adapters.postgres.blog;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.UUID;

/** One author's post counts, as the statistics query groups them. */
@Introspected
record AuthorStatsRow(UUID authorId, String username, long totalPosts, long publishedPosts, Instant lastPostAt) {}
