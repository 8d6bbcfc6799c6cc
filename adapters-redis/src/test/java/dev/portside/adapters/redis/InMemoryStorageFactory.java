package dev.portside.adapters.redis;

import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.InMemoryPostRepository;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.user.InMemoryUserRepository;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A storage adapter for wiring tests: the in-memory fakes, as beans typed by their ports. */
@Factory
@Requires(property = "test.in-memory-storage", value = "true")
class InMemoryStorageFactory {

    @Singleton
    InMemoryDatabase database() {
        return new InMemoryDatabase();
    }

    @Singleton
    UnitOfWork unitOfWork(InMemoryDatabase database) {
        return new InMemoryUnitOfWork(database);
    }

    @Singleton
    UserRepository users(InMemoryDatabase database) {
        return new InMemoryUserRepository(database);
    }

    @Singleton
    ProductRepository products(InMemoryDatabase database) {
        return new InMemoryProductRepository(database);
    }

    @Singleton
    PostRepository posts(InMemoryDatabase database) {
        return new InMemoryPostRepository(database);
    }
}
