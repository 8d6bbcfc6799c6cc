package dev.portside.adapters.postgres.blog;

import io.micronaut.core.annotation.Introspected;
import java.time.Instant;
import java.util.UUID;

/** A comment with its author's username, read in one row. */
@Introspected
record CommentViewRow(
        UUID id, UUID postId, UUID authorId, String content, Instant createdAt, long version, String username) {}
