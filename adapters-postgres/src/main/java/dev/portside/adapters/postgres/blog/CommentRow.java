package dev.portside.adapters.postgres.blog;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code comments}. */
@MappedEntity("comments")
record CommentRow(@Id UUID id, UUID postId, UUID authorId, String content, Instant createdAt, long version) {}
