package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import io.micronaut.data.mongodb.annotation.MongoFindQuery;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.mongodb.annotation.MongoUpdateQuery;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@MongoRepository
@MongoAdapter
interface ProductDocuments extends GenericRepository<ProductDocument, UUID>, JpaSpecificationExecutor<ProductDocument> {

    Optional<ProductDocument> findById(UUID id);

    Optional<ProductDocument> findBySku(String sku);

    ProductDocument save(ProductDocument product);

    ProductDocument update(ProductDocument product);

    /** The write that stands in for {@code SELECT ... FOR UPDATE}, as for accounts (see AccountDocuments#lock). */
    @MongoUpdateQuery(filter = "{_id: {$in: :ids}}", update = "{$inc: {lockCounter: 1}}")
    long lock(Collection<UUID> ids);

    @MongoFindQuery(filter = "{_id: {$in: :ids}}", sort = "{_id: 1}")
    List<ProductDocument> findAllByIdOrdered(Collection<UUID> ids);
}
