package dev.portside.adapters.postgres.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.shared.Actor;
import dev.portside.application.shop.OrderLine;
import dev.portside.application.shop.PlaceOrderCommand;
import dev.portside.application.shop.PlaceOrderService;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.InsufficientStockException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.shop.ProductMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Checkout under contention on real PostgreSQL, through the application service: {@value #BUYERS}
 * customers released together order the last {@value #LAST_UNITS} units of a product. The locking
 * read ({@code select ... for update} in id order) must let exactly {@value #LAST_UNITS} through,
 * refuse the rest with {@code insufficient_stock} and write nothing for a refused order.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutContentionTest implements OnTestPostgres {

    private static final int BUYERS = 16;
    private static final int LAST_UNITS = 5;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    ProductRepository products;

    @Inject
    OrderRepository orders;

    @Inject
    Outbox outbox;

    private PlaceOrderService placeOrder;
    private ExecutorService threads;

    @BeforeAll
    void start() {
        placeOrder = new PlaceOrderService(products, orders, outbox, unitOfWork, Clock.system());
        threads = Executors.newFixedThreadPool(BUYERS);
    }

    @AfterAll
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void sixteen_concurrent_orders_for_the_last_five_units_sell_exactly_five() throws Exception {
        Product scarce = stored(LAST_UNITS);

        List<Outcome> outcomes =
                placeConcurrently((actor, buyer) -> PlaceOrderCommand.of(actor, OrderLine.of(scarce.id(), 1)));

        assertRefusalsAreInsufficientStockOf(outcomes, scarce.id());
        assertThat(outcomes).filteredOn(Outcome::placed).hasSize(LAST_UNITS);
        assertThat(current(scarce)).satisfies(p -> {
            assertThat(p.stock()).isZero();
            assertThat(p.version()).isEqualTo(1 + LAST_UNITS);
        });
        assertOnlyPlacedOrdersAreStored(outcomes);
        assertThat(unitsSold(outcomes, scarce.id())).isEqualTo(LAST_UNITS);
    }

    @Test
    void refused_two_line_orders_leave_the_plentiful_line_untouched() throws Exception {
        Product plenty = stored(1_000);
        Product scarce = stored(LAST_UNITS);

        // half the buyers list the scarce product first: locks are still taken in id order
        List<Outcome> outcomes = placeConcurrently((actor, buyer) -> buyer % 2 == 0
                ? PlaceOrderCommand.of(actor, OrderLine.of(plenty.id(), 2), OrderLine.of(scarce.id(), 1))
                : PlaceOrderCommand.of(actor, OrderLine.of(scarce.id(), 1), OrderLine.of(plenty.id(), 2)));

        assertRefusalsAreInsufficientStockOf(outcomes, scarce.id());
        assertThat(outcomes).filteredOn(Outcome::placed).hasSize(LAST_UNITS);
        assertThat(current(scarce).stock()).isZero();
        assertThat(current(plenty)).satisfies(p -> {
            assertThat(p.stock())
                    .as("only placed orders take the plentiful product")
                    .isEqualTo(1_000 - 2 * LAST_UNITS);
            assertThat(p.version()).isEqualTo(1 + LAST_UNITS);
        });
        assertOnlyPlacedOrdersAreStored(outcomes);
        assertThat(unitsSold(outcomes, plenty.id())).isEqualTo(2 * LAST_UNITS);
        assertThat(unitsSold(outcomes, scarce.id())).isEqualTo(LAST_UNITS);
    }

    /** What happened to one buyer: the order placed, or the exception that refused it. */
    private record Outcome(UserId buyer, Order order, Throwable refusal) {

        boolean placed() {
            return order != null;
        }
    }

    private List<Outcome> placeConcurrently(BiFunction<Actor, Integer, PlaceOrderCommand> commandOf) throws Exception {
        CountDownLatch ready = new CountDownLatch(BUYERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            Actor buyer = new Actor(UserId.newId(), Set.of(Role.USER));
            PlaceOrderCommand command = commandOf.apply(buyer, i);
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    return new Outcome(buyer.id(), placeOrder.place(command), null);
                } catch (RuntimeException refusal) {
                    return new Outcome(buyer.id(), null, refusal);
                }
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).as("all buyers ready").isTrue();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Nothing but insufficient_stock on the scarce product reaches a refused buyer. */
    private static void assertRefusalsAreInsufficientStockOf(List<Outcome> outcomes, ProductId scarce) {
        assertThat(outcomes)
                .filteredOn(o -> !o.placed())
                .hasSize(BUYERS - LAST_UNITS)
                .allSatisfy(o -> {
                    assertThat(o.refusal()).isInstanceOf(InsufficientStockException.class);
                    assertThat(((DomainException) o.refusal()).errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_STOCK);
                    assertThat(((InsufficientStockException) o.refusal()).productId())
                            .isEqualTo(scarce);
                });
    }

    /** Each placed buyer has exactly the order they were given back; a refused buyer has none. */
    private void assertOnlyPlacedOrdersAreStored(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            List<Order> stored = ordersOf(outcome.buyer());
            if (outcome.placed()) {
                assertThat(stored).containsExactly(outcome.order());
            } else {
                assertThat(stored)
                        .as("orders of refused buyer %s", outcome.buyer())
                        .isEmpty();
            }
        }
    }

    private long unitsSold(List<Outcome> outcomes, ProductId product) {
        return outcomes.stream()
                .map(Outcome::buyer)
                .flatMap(buyer -> ordersOf(buyer).stream())
                .flatMap(order -> order.items().stream())
                .filter(item -> item.productId().equals(product))
                .mapToLong(item -> item.quantity().value())
                .sum();
    }

    private List<Order> ordersOf(UserId buyer) {
        return unitOfWork
                .execute(() -> orders.search(
                        OrderSearch.of(buyer),
                        new PageRequest<>(0, 100, OrderSortField.CREATED_AT, SortDirection.DESC)))
                .items();
    }

    private Product stored(int stock) {
        Product product = ProductMother.aProduct().withStock(stock).build();
        return unitOfWork.execute(() -> products.save(product));
    }

    private Product current(Product product) {
        return unitOfWork.execute(() -> products.findById(product.id())).orElseThrow();
    }
}
