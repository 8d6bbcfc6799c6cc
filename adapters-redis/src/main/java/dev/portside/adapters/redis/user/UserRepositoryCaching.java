package dev.portside.adapters.redis.user;

import dev.portside.adapters.redis.shared.RedisCaches;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** On the {@code redis} environment, wraps whichever storage adapter provides the user repository. */
@Singleton
@Requires(env = "redis")
@Requires(beans = RedisCaches.class)
final class UserRepositoryCaching implements BeanCreatedEventListener<UserRepository> {

    private final RedisCaches caches;
    private final BeanProvider<UnitOfWork> unitOfWork;

    UserRepositoryCaching(RedisCaches caches, BeanProvider<UnitOfWork> unitOfWork) {
        this.caches = caches;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public UserRepository onCreated(BeanCreatedEvent<UserRepository> event) {
        return new CachingUserRepository(event.getBean(), unitOfWork.get(), caches);
    }
}
