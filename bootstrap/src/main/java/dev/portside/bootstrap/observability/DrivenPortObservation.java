package dev.portside.bootstrap.observability;

import dev.portside.application.idempotency.IdempotencyClaim;
import dev.portside.application.idempotency.IdempotencyStore;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shop.port.DailyOrderReport;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.port.PasswordHasher;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.annotation.Nullable;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times every call of a driven port ({@code portside.port{port,method,backend}}) and makes it the
 * thread's current {@link PortCall}, so that the statement and slow-query logs and the statement spans
 * name the port and method behind each statement. The ports stay as they are: each adapter's bean is
 * wrapped, when it is created, in a JDK proxy of the port interface (the outermost wrapper, around the
 * Redis cache's decorators). Per call that is one reflective invocation, a thread-local set and restore
 * and one timer record (ADR 20).
 *
 * <p>The ports listed here are the storage ports the use cases call, the idempotency store, the
 * password hasher and the outbox (both sides: {@code Outbox}, which the use cases call, and
 * {@code OutboxFeed}, which the event hub and the retention job call; the storage adapters implement
 * both in one bean, which gets one proxy of both); {@code UnitOfWork}, {@code Clock}, the outbox's
 * watch and the readiness probe are not timed. {@code Outbox.append} only collects the event: the
 * insert runs before the commit, attributed to the {@code append} that registered it
 * ({@link BeforeCommitAttribution}) but not timed by it.
 * {@code IdempotencyStore.claim} answering a completed record is also counted as an idempotent replay
 * ({@code portside.idempotency.replays}).
 */
public final class DrivenPortObservation {

    static final String REPLAYS = "portside.idempotency.replays";

    /** The timed ports; a bean implementing several (MongoLedger) gets one proxy of all of them. */
    static final List<Class<?>> PORTS = List.of(
            AccountRepository.class,
            AccountStatements.class,
            Ledger.class,
            LedgerBalances.class,
            BlogStatistics.class,
            CommentCatalog.class,
            CommentRepository.class,
            PostCatalog.class,
            PostRepository.class,
            DailyOrderReport.class,
            OrderRepository.class,
            ProductRepository.class,
            SalesReports.class,
            UserRepository.class,
            UserStatistics.class,
            PasswordHasher.class,
            IdempotencyStore.class,
            Outbox.class,
            OutboxFeed.class);

    private DrivenPortObservation() {}

    /** Wraps one port type's beans; subclasses only name the type. */
    abstract static class TimedPort<T> implements BeanCreatedEventListener<T>, Ordered {

        private final Class<T> port;
        private final BeanProvider<MeterRegistry> registry;

        TimedPort(Class<T> port, BeanProvider<MeterRegistry> registry) {
            this.port = port;
            this.registry = registry;
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE; // after the cache decorators: the use cases' view of the port
        }

        @Override
        public T onCreated(BeanCreatedEvent<T> event) {
            T target = event.getBean();
            if (Proxy.isProxyClass(target.getClass()) && Proxy.getInvocationHandler(target) instanceof Handler) {
                return target;
            }
            return port.cast(wrap(target, registry.get()));
        }
    }

    /** A proxy of every timed port the target implements, timing each call. */
    static Object wrap(Object target, MeterRegistry registry) {
        List<Class<?>> ports =
                PORTS.stream().filter(port -> port.isInstance(target)).toList();
        Handler handler = new Handler(ports, target, registry);
        return Proxy.newProxyInstance(
                DrivenPortObservation.class.getClassLoader(), ports.toArray(Class<?>[]::new), handler);
    }

    /** The adapter behind a timed port's proxy (the port itself when it is not one). */
    public static Object target(Object port) {
        if (Proxy.isProxyClass(port.getClass()) && Proxy.getInvocationHandler(port) instanceof Handler handler) {
            return handler.target;
        }
        return port;
    }

    /** The adapter module behind an implementation: {@code dev.portside.adapters.postgres...} is {@code postgres}. */
    static String backendOf(Class<?> implementation) {
        String name = implementation.getName();
        String prefix = "dev.portside.adapters.";
        if (name.startsWith(prefix)) {
            int end = name.indexOf('.', prefix.length());
            return end < 0 ? "other" : name.substring(prefix.length(), end);
        }
        return name.startsWith("dev.portside.testkit.") || name.startsWith("dev.portside.application.")
                ? "memory"
                : "other";
    }

    private static final class Handler implements InvocationHandler {

        private final Object target;
        private final Map<Method, PortCall> calls = new HashMap<>();
        /** Only on the idempotency store's proxy. */
        @Nullable
        private final Counter replays;

        Handler(List<Class<?>> ports, Object target, MeterRegistry registry) {
            this.target = target;
            String backend = backendOf(target.getClass());
            for (Class<?> port : ports) {
                for (Method method : port.getMethods()) {
                    if (!Modifier.isStatic(method.getModifiers())) {
                        calls.put(method, new PortCall(port.getSimpleName(), method.getName(), backend, registry));
                    }
                }
            }
            this.replays = ports.contains(IdempotencyStore.class)
                    ? Counter.builder(REPLAYS)
                            .description("idempotent requests answered from the stored response")
                            .register(registry)
                    : null;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            PortCall call = calls.get(method);
            if (call == null) { // equals, hashCode, toString
                return invokeTarget(method, args);
            }
            long started = System.nanoTime();
            PortCall previous = call.enter();
            try {
                Object result = invokeTarget(method, args);
                if (replays != null && result instanceof IdempotencyClaim.Completed) {
                    replays.increment();
                }
                return result;
            } finally {
                call.exit(previous, started);
            }
        }

        private Object invokeTarget(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    // one listener per timed port type: Micronaut matches a listener to beans by its type argument

    @Singleton
    static final class Accounts extends TimedPort<AccountRepository> {
        Accounts(BeanProvider<MeterRegistry> registry) {
            super(AccountRepository.class, registry);
        }
    }

    @Singleton
    static final class Statements extends TimedPort<AccountStatements> {
        Statements(BeanProvider<MeterRegistry> registry) {
            super(AccountStatements.class, registry);
        }
    }

    @Singleton
    static final class Ledgers extends TimedPort<Ledger> {
        Ledgers(BeanProvider<MeterRegistry> registry) {
            super(Ledger.class, registry);
        }
    }

    @Singleton
    static final class Balances extends TimedPort<LedgerBalances> {
        Balances(BeanProvider<MeterRegistry> registry) {
            super(LedgerBalances.class, registry);
        }
    }

    @Singleton
    static final class BlogStats extends TimedPort<BlogStatistics> {
        BlogStats(BeanProvider<MeterRegistry> registry) {
            super(BlogStatistics.class, registry);
        }
    }

    @Singleton
    static final class Comments extends TimedPort<CommentRepository> {
        Comments(BeanProvider<MeterRegistry> registry) {
            super(CommentRepository.class, registry);
        }
    }

    @Singleton
    static final class CommentViews extends TimedPort<CommentCatalog> {
        CommentViews(BeanProvider<MeterRegistry> registry) {
            super(CommentCatalog.class, registry);
        }
    }

    @Singleton
    static final class Posts extends TimedPort<PostRepository> {
        Posts(BeanProvider<MeterRegistry> registry) {
            super(PostRepository.class, registry);
        }
    }

    @Singleton
    static final class PostViews extends TimedPort<PostCatalog> {
        PostViews(BeanProvider<MeterRegistry> registry) {
            super(PostCatalog.class, registry);
        }
    }

    @Singleton
    static final class DailyOrders extends TimedPort<DailyOrderReport> {
        DailyOrders(BeanProvider<MeterRegistry> registry) {
            super(DailyOrderReport.class, registry);
        }
    }

    @Singleton
    static final class Orders extends TimedPort<OrderRepository> {
        Orders(BeanProvider<MeterRegistry> registry) {
            super(OrderRepository.class, registry);
        }
    }

    @Singleton
    static final class Products extends TimedPort<ProductRepository> {
        Products(BeanProvider<MeterRegistry> registry) {
            super(ProductRepository.class, registry);
        }
    }

    @Singleton
    static final class Sales extends TimedPort<SalesReports> {
        Sales(BeanProvider<MeterRegistry> registry) {
            super(SalesReports.class, registry);
        }
    }

    @Singleton
    static final class Users extends TimedPort<UserRepository> {
        Users(BeanProvider<MeterRegistry> registry) {
            super(UserRepository.class, registry);
        }
    }

    @Singleton
    static final class UserStats extends TimedPort<UserStatistics> {
        UserStats(BeanProvider<MeterRegistry> registry) {
            super(UserStatistics.class, registry);
        }
    }

    @Singleton
    static final class Hashing extends TimedPort<PasswordHasher> {
        Hashing(BeanProvider<MeterRegistry> registry) {
            super(PasswordHasher.class, registry);
        }
    }

    @Singleton
    static final class Idempotency extends TimedPort<IdempotencyStore> {
        Idempotency(BeanProvider<MeterRegistry> registry) {
            super(IdempotencyStore.class, registry);
        }
    }

    @Singleton
    static final class Outboxes extends TimedPort<Outbox> {
        Outboxes(BeanProvider<MeterRegistry> registry) {
            super(Outbox.class, registry);
        }
    }

    @Singleton
    static final class OutboxFeeds extends TimedPort<OutboxFeed> {
        OutboxFeeds(BeanProvider<MeterRegistry> registry) {
            super(OutboxFeed.class, registry);
        }
    }
}
