package dev.portside.domain.shop;

import static dev.portside.domain.shop.Products.NOW;
import static dev.portside.domain.shop.Products.line;
import static dev.portside.domain.shop.Products.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTest {

    private final UserId customer = UserId.newId();

    @Test
    void a_placed_order_is_pending_unsaved_and_totals_its_lines() {
        Product mug = product("4.50", "EUR", 10);
        Product pot = product("12.00", "EUR", 10);

        Order order = Order.place(
                customer, List.of(line(mug, 3), line(pot, 1)), Instant.parse("2024-05-01T10:00:00.999999Z"));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.version()).isZero();
        assertThat(order.customerId()).isEqualTo(customer);
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00.999Z"));
        assertThat(order.items().get(0).lineTotal()).isEqualTo(Money.of("13.50", "EUR"));
        assertThat(order.total()).isEqualTo(Money.of("25.50", "EUR"));
        assertThat(order.currency()).isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void a_line_snapshots_the_product_as_sold() {
        Product mug = product("4.50", "EUR", 10);

        OrderItem item = line(mug, 2);
        Product repriced = mug.reprice(Money.of("9.99", "EUR")).rename(ProductName.of("Big mug"));

        assertThat(item.productId()).isEqualTo(mug.id());
        assertThat(item.sku()).isEqualTo(mug.sku());
        assertThat(item.name()).isEqualTo(ProductName.of("Mug"));
        assertThat(item.category()).isEqualTo(mug.category());
        assertThat(item.unitPrice()).isEqualTo(Money.of("4.50", "EUR"));
        assertThat(repriced.price()).isNotEqualTo(item.unitPrice());
    }

    @Test
    void refuses_lines_in_different_currencies_with_currency_mismatch() {
        List<OrderItem> mixed = List.of(line(product("1.00", "EUR", 5), 1), line(product("1.00", "USD", 5), 1));

        assertThatThrownBy(() -> Order.place(customer, mixed, NOW))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void refuses_two_lines_for_the_same_product() {
        Product mug = product(5);

        assertThatThrownBy(() -> Order.place(customer, List.of(line(mug, 1), line(mug, 2)), NOW))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("items");
    }

    @Test
    void has_between_1_and_50_lines() {
        List<OrderItem> fifty = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            fifty.add(line(product(5), 1));
        }
        List<OrderItem> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(line(product(5), 1));

        assertThat(Order.place(customer, fifty, NOW).items()).hasSize(50);
        assertThatThrownBy(() -> Order.place(customer, fiftyOne, NOW))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("items");
        assertThatThrownBy(() -> Order.place(customer, List.of(), NOW))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("items");
    }

    @Test
    void status_changes_follow_the_machine_and_return_a_new_order() {
        Order pending = Order.place(customer, List.of(line(product(5), 1)), NOW).withVersion(4);

        Order delivered = pending.changeStatus(OrderStatus.PROCESSING)
                .changeStatus(OrderStatus.SHIPPED)
                .changeStatus(OrderStatus.DELIVERED);

        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.version()).isEqualTo(4);
        assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
        assertThatThrownBy(() -> delivered.changeStatus(OrderStatus.PENDING))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
    }

    @Test
    void only_a_pending_order_can_be_cancelled() {
        Order pending = Order.place(customer, List.of(line(product(5), 1)), NOW);

        assertThat(pending.cancel().status()).isEqualTo(OrderStatus.CANCELLED);
        for (OrderStatus status : new OrderStatus[] {
            OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED
        }) {
            Order order = new Order(pending.id(), customer, pending.items(), status, NOW, 1);
            assertThatThrownBy(order::cancel)
                    .isInstanceOf(DomainException.class)
                    .extracting("errorCode")
                    .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
        }
    }

    @Test
    void knows_its_owner() {
        Order order = Order.place(customer, List.of(line(product(5), 1)), NOW);

        assertThat(order.isOwnedBy(customer)).isTrue();
        assertThat(order.isOwnedBy(UserId.newId())).isFalse();
    }
}
