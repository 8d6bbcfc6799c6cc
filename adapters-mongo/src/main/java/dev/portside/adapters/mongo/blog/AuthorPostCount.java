package dev.portside.adapters.mongo.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;

/**
 * A read model over {@code posts}, never stored: one author's post counts and latest post, with the
 * username joined from {@code users} (absent only for a broken reference).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(PostDocument.COLLECTION)
record AuthorPostCount(
        @Id UUID authorId,
        long total,
        long published,
        Instant lastPostAt,
        @Nullable String username) {}
