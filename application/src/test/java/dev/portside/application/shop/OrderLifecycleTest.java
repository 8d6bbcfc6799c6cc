package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderId;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import org.junit.jupiter.api.Test;

/** Cancelling and status changes: who may, what moves, and that stock comes back. */
class OrderLifecycleTest {

    private final ShopFixture shop = new ShopFixture();
    private final Product mug = shop.stored("2.00", "EUR", 10);
    private final Product pot = shop.stored("5.00", "EUR", 4);

    private Order twoLineOrderBy(Actor actor) {
        return shop.placeOrder.place(PlaceOrderCommand.of(actor, OrderLine.of(pot.id(), 3), OrderLine.of(mug.id(), 2)));
    }

    @Test
    void the_owner_cancels_a_pending_order_and_every_line_goes_back_to_stock() {
        Order order = twoLineOrderBy(shop.alice);

        Order cancelled = shop.cancelOrder.cancel(new CancelOrderCommand(shop.alice, order.id()));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(shop.stockOf(mug.id())).isEqualTo(10);
        assertThat(shop.stockOf(pot.id())).isEqualTo(4);
    }

    @Test
    void an_admin_cancels_anyones_order() {
        Order order = twoLineOrderBy(shop.alice);

        assertThat(shop.cancelOrder
                        .cancel(new CancelOrderCommand(shop.admin, order.id()))
                        .status())
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(shop.stockOf(pot.id())).isEqualTo(4);
    }

    @Test
    void someone_elses_order_is_not_found_for_cancel_and_stays_as_it_was() {
        Order order = twoLineOrderBy(shop.alice);

        assertThatThrownBy(() -> shop.cancelOrder.cancel(new CancelOrderCommand(shop.bob, order.id())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(shop.storedOrder(order.id()).status()).isEqualTo(OrderStatus.PENDING);
        assertThat(shop.stockOf(pot.id())).isEqualTo(1);
    }

    @Test
    void an_order_in_processing_cannot_be_cancelled_and_keeps_its_stock() {
        Order order = twoLineOrderBy(shop.alice);
        shop.changeOrderStatus.change(new ChangeOrderStatusCommand(shop.admin, order.id(), OrderStatus.PROCESSING));

        assertThatThrownBy(() -> shop.cancelOrder.cancel(new CancelOrderCommand(shop.alice, order.id())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
        assertThat(shop.stockOf(pot.id())).isEqualTo(1);
        assertThat(shop.stockOf(mug.id())).isEqualTo(8);
    }

    @Test
    void cancelling_twice_restores_stock_once() {
        Order order = twoLineOrderBy(shop.alice);
        shop.cancelOrder.cancel(new CancelOrderCommand(shop.alice, order.id()));

        assertThatThrownBy(() -> shop.cancelOrder.cancel(new CancelOrderCommand(shop.alice, order.id())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
        assertThat(shop.stockOf(pot.id())).isEqualTo(4);
    }

    @Test
    void an_unknown_order_is_not_found() {
        assertThatThrownBy(() -> shop.cancelOrder.cancel(new CancelOrderCommand(shop.admin, OrderId.newId())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThatThrownBy(() -> shop.changeOrderStatus.change(
                        new ChangeOrderStatusCommand(shop.admin, OrderId.newId(), OrderStatus.SHIPPED)))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void an_admin_walks_an_order_to_delivered() {
        Order order = twoLineOrderBy(shop.alice);

        for (OrderStatus next :
                new OrderStatus[] {OrderStatus.PROCESSING, OrderStatus.SHIPPED, OrderStatus.DELIVERED}) {
            assertThat(shop.changeOrderStatus
                            .change(new ChangeOrderStatusCommand(shop.admin, order.id(), next))
                            .status())
                    .isEqualTo(next);
        }
        assertThat(shop.storedOrder(order.id()).version()).isEqualTo(4);
        assertThat(shop.stockOf(pot.id())).as("delivered stock stays sold").isEqualTo(1);
    }

    @Test
    void only_admins_change_the_status_even_of_their_own_order() {
        Order order = twoLineOrderBy(shop.alice);

        for (var actor : new Actor[] {shop.alice, shop.bob, shop.moderator}) {
            assertThatThrownBy(() -> shop.changeOrderStatus.change(
                            new ChangeOrderStatusCommand(actor, order.id(), OrderStatus.PROCESSING)))
                    .isInstanceOf(DomainException.class)
                    .extracting("errorCode")
                    .isEqualTo(ErrorCode.FORBIDDEN);
        }
        assertThat(shop.storedOrder(order.id()).status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void an_illegal_move_is_refused_and_changes_nothing() {
        Order order = twoLineOrderBy(shop.alice);

        assertThatThrownBy(() -> shop.changeOrderStatus.change(
                        new ChangeOrderStatusCommand(shop.admin, order.id(), OrderStatus.SHIPPED)))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
        assertThat(shop.storedOrder(order.id())).isEqualTo(order);
    }

    @Test
    void cancelling_through_a_status_change_restores_stock_too() {
        Order order = twoLineOrderBy(shop.alice);

        shop.changeOrderStatus.change(new ChangeOrderStatusCommand(shop.admin, order.id(), OrderStatus.CANCELLED));

        assertThat(shop.storedOrder(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(shop.stockOf(pot.id())).isEqualTo(4);
        assertThat(shop.stockOf(mug.id())).isEqualTo(10);
    }
}
