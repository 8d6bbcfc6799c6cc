package dev.portside.adapters.mongo.blog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

/** A read model over {@code users}: what a listing shows of an author. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@MappedEntity("users")
record AuthorDocument(@Id UUID id, String username) {}
