package dev.portside.testkit.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderRepository} must do. Orders reference products that the suite saves first
 * (through {@link #products()}), so adapters may enforce that reference. Every test uses customers
 * of its own, so the suite never assumes an empty store.
 */
public abstract class OrderRepositoryContract extends OrderContractSupport {

    private Product product(String price, String currency) {
        Product product = ProductMother.aProduct().withPrice(price, currency).build();
        return unitOfWork().execute(() -> products().save(product));
    }

    private Order save(Order order) {
        return unitOfWork().execute(() -> orders().save(order));
    }

    private Page<Order> search(OrderSearch search, SortDirection direction, int page, int size) {
        return unitOfWork()
                .execute(() ->
                        orders().search(search, new PageRequest<>(page, size, OrderSortField.CREATED_AT, direction)));
    }

    private List<OrderId> searchIds(OrderSearch search, SortDirection direction) {
        return search(search, direction, 0, 100).items().stream().map(Order::id).toList();
    }

    @Test
    void save_inserts_a_new_order_at_version_1_with_its_snapshot_lines() {
        Product mug = product("4.50", "EUR");
        Product pot = product("12.00", "EUR");
        Order order = OrderMother.anOrder().line(mug, 3).line(pot, 1).build();

        Order saved = save(order);

        assertThat(saved).isEqualTo(order.withVersion(1));
        Order found = unitOfWork().execute(() -> orders().findById(order.id())).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.items())
                .extracting(OrderItem::productId, OrderItem::sku, OrderItem::name, OrderItem::category)
                .containsExactly(
                        tuple(mug.id(), mug.sku(), mug.name(), mug.category()),
                        tuple(pot.id(), pot.sku(), pot.name(), pot.category()));
        assertThat(found.total()).isEqualTo(Money.of("25.50", "EUR"));
    }

    @Test
    void find_by_id_is_empty_for_an_unknown_id() {
        assertThat(unitOfWork().execute(() -> orders().findById(OrderId.newId())))
                .isEmpty();
    }

    @Test
    void save_updates_the_status_when_the_version_matches() {
        Order saved = save(OrderMother.anOrder().line(product("1.00", "EUR"), 1).build());

        Order updated = save(saved.changeStatus(OrderStatus.PROCESSING));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(unitOfWork()
                        .execute(() -> orders().findById(saved.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void save_refuses_a_stale_version() {
        Order saved = save(OrderMother.anOrder().line(product("1.00", "EUR"), 1).build());
        save(saved.changeStatus(OrderStatus.PROCESSING));

        assertThatThrownBy(() -> save(saved.cancel())).isInstanceOf(VersionConflictException.class);
        assertThat(unitOfWork()
                        .execute(() -> orders().findById(saved.id()))
                        .orElseThrow()
                        .status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void save_refuses_to_insert_an_existing_id_or_update_a_missing_one() {
        Product product = product("1.00", "EUR");
        Order saved = save(OrderMother.anOrder().line(product, 1).build());
        Order missing = OrderMother.anOrder().line(product, 1).build().withVersion(1);

        assertThatThrownBy(() -> save(saved.withVersion(0))).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> save(missing)).isInstanceOf(VersionConflictException.class);
        assertThat(unitOfWork().execute(() -> orders().findById(missing.id()))).isEmpty();
    }

    @Test
    void search_by_customer_returns_only_their_orders_newest_first() {
        Product product = product("2.00", "EUR");
        UserId customer = UserId.newId();
        Instant t = Instant.parse("2024-06-01T08:00:00Z");
        Order old = save(
                OrderMother.anOrder().by(customer).line(product, 1).createdAt(t).build());
        Order recent = save(OrderMother.anOrder()
                .by(customer)
                .line(product, 1)
                .createdAt(t.plusSeconds(60))
                .build());
        save(OrderMother.anOrder()
                .by(UserId.newId())
                .line(product, 1)
                .createdAt(t.plusSeconds(30))
                .build());

        assertThat(searchIds(OrderSearch.of(customer), SortDirection.DESC)).containsExactly(recent.id(), old.id());
        assertThat(searchIds(OrderSearch.of(customer), SortDirection.ASC)).containsExactly(old.id(), recent.id());
    }

    @Test
    void search_breaks_ties_on_creation_time_by_id() {
        Product product = product("2.00", "EUR");
        UserId customer = UserId.newId();
        Instant t = Instant.parse("2024-06-02T08:00:00Z");
        Order low = save(OrderMother.anOrder()
                .withId(idWithPrefix("2"))
                .by(customer)
                .line(product, 1)
                .createdAt(t)
                .build());
        Order high = save(OrderMother.anOrder()
                .withId(idWithPrefix("c"))
                .by(customer)
                .line(product, 1)
                .createdAt(t)
                .build());

        assertThat(searchIds(OrderSearch.of(customer), SortDirection.DESC)).containsExactly(high.id(), low.id());
        assertThat(searchIds(OrderSearch.of(customer), SortDirection.ASC)).containsExactly(low.id(), high.id());
    }

    @Test
    void search_filters_by_customer_and_status() {
        Product product = product("2.00", "EUR");
        UserId customer = UserId.newId();
        Order pending = save(OrderMother.anOrder().by(customer).line(product, 1).build());
        Order shipped = save(OrderMother.anOrder()
                .by(customer)
                .line(product, 1)
                .withStatus(OrderStatus.SHIPPED)
                .build());

        assertThat(searchIds(OrderSearch.of(customer).withStatus(OrderStatus.SHIPPED), SortDirection.DESC))
                .containsExactly(shipped.id());
        assertThat(searchIds(OrderSearch.of(customer).withStatus(OrderStatus.PENDING), SortDirection.DESC))
                .containsExactly(pending.id());
        assertThat(searchIds(OrderSearch.of(customer).withStatus(OrderStatus.DELIVERED), SortDirection.DESC))
                .isEmpty();
    }

    @Test
    void search_without_customer_spans_customers() {
        Product product = product("2.00", "EUR");
        save(OrderMother.anOrder()
                .line(product, 1)
                .withStatus(OrderStatus.DELIVERED)
                .build());
        save(OrderMother.anOrder()
                .line(product, 1)
                .withStatus(OrderStatus.DELIVERED)
                .build());

        Page<Order> delivered = search(OrderSearch.all().withStatus(OrderStatus.DELIVERED), SortDirection.DESC, 0, 100);

        assertThat(delivered.totalItems()).isGreaterThanOrEqualTo(2);
        assertThat(delivered.items()).allSatisfy(o -> assertThat(o.status()).isEqualTo(OrderStatus.DELIVERED));
        assertThat(delivered.items().stream().map(Order::customerId).distinct().count())
                .isGreaterThan(1);
    }

    @Test
    void search_pages_and_counts_all_matches() {
        Product product = product("2.00", "EUR");
        UserId customer = UserId.newId();
        Instant t = Instant.parse("2024-06-03T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            save(OrderMother.anOrder()
                    .by(customer)
                    .line(product, 1)
                    .createdAt(t.plusSeconds(i))
                    .build());
        }

        Page<Order> second = search(OrderSearch.of(customer), SortDirection.DESC, 1, 2);

        assertThat(second.items()).extracting(Order::createdAt).containsExactly(t.plusSeconds(2), t.plusSeconds(1));
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    private static OrderId idWithPrefix(String hexDigit) {
        return new OrderId(
                UUID.fromString(hexDigit + UUID.randomUUID().toString().substring(1)));
    }
}
