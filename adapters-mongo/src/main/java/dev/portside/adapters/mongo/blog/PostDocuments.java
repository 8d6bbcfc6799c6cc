package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface PostDocuments extends GenericRepository<PostDocument, UUID>, JpaSpecificationExecutor<PostDocument> {

    Optional<PostDocument> findById(UUID id);

    PostDocument save(PostDocument post);

    PostDocument update(PostDocument post);

    void deleteById(UUID id);
}
