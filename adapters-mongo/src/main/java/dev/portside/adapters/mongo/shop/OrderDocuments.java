package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface OrderDocuments extends GenericRepository<OrderDocument, UUID>, JpaSpecificationExecutor<OrderDocument> {

    Optional<OrderDocument> findById(UUID id);

    OrderDocument save(OrderDocument order);

    OrderDocument update(OrderDocument order);
}
