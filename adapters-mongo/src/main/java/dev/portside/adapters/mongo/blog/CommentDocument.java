package dev.portside.adapters.mongo.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A comment in its own {@code comments} collection rather than embedded in the post: comments are
 * appended independently (no contention on the post's version), listed page by page, and a popular
 * post would otherwise grow towards the 16 MB document limit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(CommentDocument.COLLECTION)
record CommentDocument(
        @Id UUID id,
        UUID postId,
        UUID authorId,
        String content,
        Instant createdAt,
        @Version long version) {

    static final String COLLECTION = "comments";
}
