package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface UserDocuments extends GenericRepository<UserDocument, UUID>, JpaSpecificationExecutor<UserDocument> {

    Optional<UserDocument> findById(UUID id);

    Optional<UserDocument> findByUsernameKey(String usernameKey);

    Optional<UserDocument> findByEmail(String email);

    boolean existsByUsernameKeyAndIdNotEqual(String usernameKey, UUID id);

    boolean existsByEmailAndIdNotEqual(String email, UUID id);

    UserDocument save(UserDocument user);

    UserDocument update(UserDocument user);
}
