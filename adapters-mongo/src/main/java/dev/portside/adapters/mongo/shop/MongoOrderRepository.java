package dev.portside.adapters.mongo.shop;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

@Singleton
@MongoAdapter
final class MongoOrderRepository implements OrderRepository {

    private final MongoStorage storage;

    MongoOrderRepository(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection orders() {
        return storage.collection(OrderDocuments.COLLECTION);
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return Optional.ofNullable(orders().findFirst(eq("_id", id.value()))).map(OrderDocuments::toOrder);
    }

    @Override
    public Order save(Order order) {
        long version = VersionedDocuments.save(orders(), order.id().value(), order.version(),
                OrderDocuments.toDocument(order), "order " + order.id());
        return order.withVersion(version);
    }

    @Override
    public Page<Order> search(OrderSearch search, PageRequest<OrderSortField> page) {
        List<Bson> filters = new ArrayList<>();
        search.customerId().ifPresent(customer -> filters.add(eq("customerId", customer.value())));
        search.status().ifPresent(status -> filters.add(eq("status", status.name())));
        Bson filter = filters.isEmpty() ? new Document() : and(filters);
        return Paging.page(orders(), filter, "createdAt", page, OrderDocuments::toOrder);
    }
}
