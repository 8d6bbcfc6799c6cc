package dev.portside.adapters.http.testing;

import dev.portside.application.bank.BankUseCases;
import dev.portside.application.blog.BlogUseCases;
import dev.portside.application.event.EventHub;
import dev.portside.application.event.SubscribeToEvents;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.application.idempotency.InMemoryIdempotencyStore;
import dev.portside.application.shop.ShopUseCases;
import dev.portside.application.user.UserUseCases;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.UserId;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.testkit.bank.InMemoryAccountRepository;
import dev.portside.testkit.bank.InMemoryLedger;
import dev.portside.testkit.blog.InMemoryBlogStatistics;
import dev.portside.testkit.blog.InMemoryCommentCatalog;
import dev.portside.testkit.blog.InMemoryCommentRepository;
import dev.portside.testkit.blog.InMemoryPostCatalog;
import dev.portside.testkit.blog.InMemoryPostRepository;
import dev.portside.testkit.event.InMemoryOutbox;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shop.InMemoryDailyOrderReport;
import dev.portside.testkit.shop.InMemoryOrderRepository;
import dev.portside.testkit.shop.InMemoryProductRepository;
import dev.portside.testkit.shop.InMemorySalesReports;
import dev.portside.testkit.user.InMemoryUserRepository;
import dev.portside.testkit.user.InMemoryUserStatistics;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Composes every use case over the testkit's in-memory fakes, the way bootstrap composes them over a
 * real backend. Active only with {@code portside.test.backend=in-memory}, so that bootstrap's
 * end-to-end tests, which have this test-jar on their classpath, never pick it up.
 */
@Factory
@Requires(property = "portside.test.backend", value = "in-memory")
class InMemoryBackend {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryUserRepository users = new InMemoryUserRepository(database);
    private final InMemoryPostRepository posts = new InMemoryPostRepository(database);
    private final InMemoryCommentRepository comments = new InMemoryCommentRepository(database);
    private final InMemoryProductRepository products = new InMemoryProductRepository(database);
    private final InMemoryOrderRepository orders = new InMemoryOrderRepository(database);
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository(database);
    private final InMemoryLedger ledger = new InMemoryLedger(database);
    private final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore(database, Duration.ofHours(24));
    private final Clock clock = Clock.system();
    private final InMemoryOutbox outbox = new InMemoryOutbox(database, clock);
    private final Function<UserId, Optional<String>> usernames =
            id -> users.findById(id).map(user -> user.username().value());

    @Singleton
    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Singleton
    IdempotencyStore idempotencyStore() {
        return idempotency;
    }

    @Singleton
    Clock clock() {
        return clock;
    }

    /** Live events: the in-memory outbox wakes the hub on every append (ADR 21); limits as in EventsApiScenarios. */
    @Singleton
    @Bean(preDestroy = "close")
    EventHub eventHub() {
        EventHub hub = new EventHub(
                outbox,
                onChange -> {
                    outbox.onAppend(onChange);
                    return () -> {};
                },
                clock,
                EventsTestSettings.HUB);
        hub.start();
        return hub;
    }

    @Singleton
    SubscribeToEvents subscribeToEvents(EventHub hub) {
        return hub;
    }

    // the compositions, as bootstrap's wiring makes them over a real backend; the controllers take
    // the use cases they drive from these

    @Singleton
    UserUseCases userUseCases(PasswordHasher passwordHasher) {
        return new UserUseCases(users, new InMemoryUserStatistics(users), passwordHasher, unitOfWork, clock);
    }

    @Singleton
    BlogUseCases blogUseCases() {
        return new BlogUseCases(
                posts,
                comments,
                new InMemoryPostCatalog(posts, comments, usernames),
                new InMemoryCommentCatalog(comments, usernames),
                new InMemoryBlogStatistics(posts, usernames),
                outbox,
                unitOfWork,
                clock);
    }

    @Singleton
    ShopUseCases shopUseCases() {
        return new ShopUseCases(
                products,
                orders,
                new InMemorySalesReports(orders),
                new InMemoryDailyOrderReport(orders),
                outbox,
                unitOfWork,
                clock);
    }

    @Singleton
    BankUseCases bankUseCases() {
        return new BankUseCases(accounts, ledger, ledger, outbox, unitOfWork, clock);
    }
}
