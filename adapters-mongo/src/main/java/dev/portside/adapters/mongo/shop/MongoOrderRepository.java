package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.Paging;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
@MongoAdapter
final class MongoOrderRepository implements OrderRepository {

    private final OrderDocuments orders;
    private final OrderDocumentMapper mapper;

    MongoOrderRepository(OrderDocuments orders, OrderDocumentMapper mapper) {
        this.orders = orders;
        this.mapper = mapper;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return orders.findById(id.value()).map(mapper::toOrder);
    }

    @Override
    public Order save(Order order) {
        OrderDocument stored = VersionedDocuments.save(
                order.version(), mapper.toDocument(order), orders::save, orders::update, "order " + order.id());
        return mapper.toOrder(stored);
    }

    /** Served by {@code orders_customer_created_at} or {@code orders_status_created_at}. */
    @Override
    public Page<Order> search(OrderSearch search, PageRequest<OrderSortField> page) {
        PredicateSpecification<OrderDocument> matching = (root, builder) -> builder.and(
                search.customerId()
                        .map(customer -> builder.equal(root.get("customerId"), customer.value()))
                        .orElseGet(builder::conjunction),
                search.status()
                        .map(status -> builder.equal(root.get("status"), status.name()))
                        .orElseGet(builder::conjunction));
        return Paging.page(orders.findAll(matching, Paging.pageable(page, "createdAt")), page, mapper::toOrder);
    }
}
