package dev.portside.adapters.mongo.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A post in {@code posts}; its comments live in their own collection. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(PostDocument.COLLECTION)
record PostDocument(
        @Id UUID id,
        UUID authorId,
        String title,
        String content,
        List<String> tags,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Version long version) {

    static final String COLLECTION = "posts";
}
