package dev.portside.adapters.mongo.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A read model over {@code comments}, never stored: how many comments a post has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity(CommentDocument.COLLECTION)
record CommentCount(@Id UUID postId, long count) {}
