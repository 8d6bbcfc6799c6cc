package dev.portside.adapters.redis.shop;

import dev.portside.adapters.redis.shared.RedisCaches;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** On the {@code redis} environment, wraps whichever storage adapter provides the product repository. */
@Singleton
@Requires(env = "redis")
@Requires(beans = RedisCaches.class)
final class ProductRepositoryCaching implements BeanCreatedEventListener<ProductRepository> {

    private final RedisCaches caches;
    private final BeanProvider<UnitOfWork> unitOfWork;

    ProductRepositoryCaching(RedisCaches caches, BeanProvider<UnitOfWork> unitOfWork) {
        this.caches = caches;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public ProductRepository onCreated(BeanCreatedEvent<ProductRepository> event) {
        return new CachingProductRepository(event.getBean(), unitOfWork.get(), caches);
    }
}
