package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.InsufficientStockException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.shop.port.OrderSortField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {

    private final ShopFixture shop = new ShopFixture();

    private long ordersInStore() {
        return shop.orders
                .search(OrderSearch.all(), new PageRequest<>(0, 100, OrderSortField.CREATED_AT, SortDirection.DESC))
                .totalItems();
    }

    @Test
    void places_a_pending_order_reserving_stock_and_snapshotting_each_product() {
        Product mug = shop.stored("4.50", "EUR", 10);
        Product pot = shop.stored("12.00", "EUR", 1);

        Order order = shop.placeOrder.place(
                PlaceOrderCommand.of(shop.alice, OrderLine.of(mug.id(), 3), OrderLine.of(pot.id(), 1)));

        assertThat(order.version()).isEqualTo(1);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.customerId()).isEqualTo(shop.alice.id());
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-05-10T09:00:00Z"));
        assertThat(order.items())
                .extracting(OrderItem::productId, OrderItem::sku, OrderItem::name, OrderItem::unitPrice)
                .containsExactly(
                        tuple(mug.id(), mug.sku(), mug.name(), mug.price()),
                        tuple(pot.id(), pot.sku(), pot.name(), pot.price()));
        assertThat(order.total()).isEqualTo(Money.of("25.50", "EUR"));
        assertThat(shop.stockOf(mug.id())).isEqualTo(7);
        assertThat(shop.stockOf(pot.id())).as("the last unit may be sold").isZero();
        assertThat(shop.storedOrder(order.id())).isEqualTo(order);
    }

    @Test
    void a_short_second_line_reserves_nothing_and_names_its_product() {
        Product plenty = shop.stored("1.00", "EUR", 10);
        Product scarce = shop.stored("1.00", "EUR", 1);

        assertThatThrownBy(() -> shop.placeOrder.place(
                        PlaceOrderCommand.of(shop.alice, OrderLine.of(plenty.id(), 5), OrderLine.of(scarce.id(), 2))))
                .isInstanceOf(InsufficientStockException.class)
                .satisfies(e -> {
                    InsufficientStockException refusal = (InsufficientStockException) e;
                    assertThat(refusal.errorCode()).isEqualTo(ErrorCode.INSUFFICIENT_STOCK);
                    assertThat(refusal.productId()).isEqualTo(scarce.id());
                    assertThat(refusal.getMessage()).contains(scarce.sku().value());
                });
        assertThat(shop.stockOf(plenty.id())).isEqualTo(10);
        assertThat(shop.stockOf(scarce.id())).isEqualTo(1);
        assertThat(shop.products.findById(plenty.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(ordersInStore()).isZero();
    }

    @Test
    void an_unknown_product_is_product_not_found_and_reserves_nothing() {
        Product mug = shop.stored("1.00", "EUR", 10);
        ProductId unknown = ProductId.newId();

        assertThatThrownBy(() -> shop.placeOrder.place(
                        PlaceOrderCommand.of(shop.alice, OrderLine.of(mug.id(), 1), OrderLine.of(unknown, 1))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(unknown.toString())
                .extracting("errorCode")
                .isEqualTo(ErrorCode.PRODUCT_NOT_FOUND);
        assertThat(shop.stockOf(mug.id())).isEqualTo(10);
        assertThat(ordersInStore()).isZero();
    }

    @Test
    void products_in_two_currencies_are_currency_mismatch_and_reserve_nothing() {
        Product euro = shop.stored("1.00", "EUR", 10);
        Product dollar = shop.stored("1.00", "USD", 10);

        assertThatThrownBy(() -> shop.placeOrder.place(
                        PlaceOrderCommand.of(shop.alice, OrderLine.of(euro.id(), 1), OrderLine.of(dollar.id(), 1))))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        assertThat(shop.stockOf(euro.id())).isEqualTo(10);
        assertThat(shop.stockOf(dollar.id())).isEqualTo(10);
    }

    @Test
    void the_command_refuses_no_lines_too_many_lines_and_repeated_products() {
        ProductId id = ProductId.newId();
        List<OrderLine> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(OrderLine.of(ProductId.newId(), 1));
        }

        assertThatThrownBy(() -> new PlaceOrderCommand(shop.alice, List.of()))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("items");
        assertThatThrownBy(() -> new PlaceOrderCommand(shop.alice, tooMany))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("items");
        assertThatThrownBy(() -> PlaceOrderCommand.of(shop.alice, OrderLine.of(id, 1), OrderLine.of(id, 2)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("items");
        assertThatThrownBy(() -> OrderLine.of(id, 0))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("quantity");
    }

    @Test
    void a_later_price_change_does_not_touch_the_order() {
        Product mug = shop.stored("4.50", "EUR", 10);
        Order order = shop.order(shop.alice, mug, 2);

        shop.updateProduct.update(UpdateProductCommand.of(shop.admin, mug.id()).withPrice(Money.of("9.00", "EUR")));

        assertThat(shop.storedOrder(order.id()).total()).isEqualTo(Money.of("9.00", "EUR"));
    }

    @Test
    void concurrent_checkouts_never_sell_more_than_the_stock() throws Exception {
        Product mug = shop.stored("1.00", "EUR", 5);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            attempts.add(pool.submit(() -> {
                try {
                    shop.order(shop.bob, mug, 1);
                    return true;
                } catch (InsufficientStockException e) {
                    return false;
                }
            }));
        }
        int sold = 0;
        for (Future<Boolean> attempt : attempts) {
            sold += attempt.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(sold).isEqualTo(5);
        assertThat(shop.stockOf(mug.id())).isZero();
        assertThat(ordersInStore()).isEqualTo(5);
    }
}
