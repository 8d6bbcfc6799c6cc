package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Who sees which orders. */
class OrderQueriesTest {

    private final ShopFixture shop = new ShopFixture();
    private final Product mug = shop.stored("2.00", "EUR", 100);

    private Order orderBy(Actor actor) {
        Order order = shop.order(actor, mug, 1);
        shop.clock.advance(Duration.ofMinutes(1));
        return order;
    }

    @Test
    void the_owner_and_an_admin_see_an_order_and_anyone_else_gets_not_found() {
        Order order = orderBy(shop.alice);

        assertThat(shop.getOrder.get(new GetOrderQuery(shop.alice, order.id()))).isEqualTo(order);
        assertThat(shop.getOrder.get(new GetOrderQuery(shop.admin, order.id()))).isEqualTo(order);
        assertThatThrownBy(() -> shop.getOrder.get(new GetOrderQuery(shop.bob, order.id())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
        assertThatThrownBy(() -> shop.getOrder.get(new GetOrderQuery(shop.moderator, order.id())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void a_user_lists_only_their_own_orders_newest_first() {
        Order first = orderBy(shop.alice);
        orderBy(shop.bob);
        Order second = orderBy(shop.alice);

        var page = shop.listOrders.list(ListOrdersQuery.newestFirst(shop.alice, 0, 20));

        assertThat(page.items()).containsExactly(second, first);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(shop.listOrders
                        .list(ListOrdersQuery.newestFirst(shop.alice, 0, 20).forCustomer(shop.alice.id()))
                        .items())
                .containsExactly(second, first);
    }

    @Test
    void a_user_may_not_list_another_customers_orders() {
        orderBy(shop.bob);

        assertThatThrownBy(() -> shop.listOrders.list(
                        ListOrdersQuery.newestFirst(shop.alice, 0, 20).forCustomer(shop.bob.id())))
                .isInstanceOf(DomainException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void an_admin_lists_everyone_or_one_customer() {
        Order alices = orderBy(shop.alice);
        Order bobs = orderBy(shop.bob);

        assertThat(shop.listOrders
                        .list(ListOrdersQuery.newestFirst(shop.admin, 0, 20))
                        .items())
                .containsExactly(bobs, alices);
        assertThat(shop.listOrders
                        .list(ListOrdersQuery.newestFirst(shop.admin, 0, 20).forCustomer(shop.bob.id()))
                        .items())
                .containsExactly(bobs);
    }

    @Test
    void listings_filter_by_status() {
        Order kept = orderBy(shop.alice);
        Order cancelled = orderBy(shop.alice);
        shop.cancelOrder.cancel(new CancelOrderCommand(shop.alice, cancelled.id()));

        assertThat(shop.listOrders
                        .list(ListOrdersQuery.newestFirst(shop.alice, 0, 20).withStatus(OrderStatus.PENDING))
                        .items())
                .containsExactly(kept);
        assertThat(shop.listOrders
                        .list(ListOrdersQuery.newestFirst(shop.admin, 0, 20).withStatus(OrderStatus.CANCELLED))
                        .items())
                .extracting(Order::id)
                .containsExactly(cancelled.id());
    }
}
