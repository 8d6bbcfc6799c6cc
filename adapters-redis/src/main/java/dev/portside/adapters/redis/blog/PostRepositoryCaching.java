package dev.portside.adapters.redis.blog;

import dev.portside.adapters.redis.shared.RedisCaches;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** On the {@code redis} environment, wraps whichever storage adapter provides the post repository. */
@Singleton
@Requires(env = "redis")
@Requires(beans = RedisCaches.class)
final class PostRepositoryCaching implements BeanCreatedEventListener<PostRepository> {

    private final RedisCaches caches;
    private final BeanProvider<UnitOfWork> unitOfWork;

    PostRepositoryCaching(RedisCaches caches, BeanProvider<UnitOfWork> unitOfWork) {
        this.caches = caches;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public PostRepository onCreated(BeanCreatedEvent<PostRepository> event) {
        return new CachingPostRepository(event.getBean(), unitOfWork.get(), caches);
    }
}
