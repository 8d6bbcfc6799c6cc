package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoFindQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The listings' join to users: one query for the usernames of every author on a page. */
@MongoRepository
@MongoAdapter
interface AuthorDocuments extends GenericRepository<AuthorDocument, UUID> {

    @MongoFindQuery(filter = "{_id: {$in: :ids}}", project = "{username: 1}")
    List<AuthorDocument> findAllById(Collection<UUID> ids);
}
