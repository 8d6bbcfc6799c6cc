package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shop.InsufficientStockException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderStatus;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shop's use cases write their events in the unit of their change. */
class ShopEventsTest {

    private final ShopFixture shop = new ShopFixture();

    private List<DomainEvent> eventsAfter(long position) {
        return shop.outbox.readAfter(position, 100).stream()
                .map(StoredEvent::event)
                .toList();
    }

    @Test
    void placing_an_order_is_an_event_for_the_customer_and_one_stock_change_per_line() {
        Product mug = shop.stored("4.50", "EUR", 10);
        long before = shop.outbox.lastId();

        Order order = shop.order(shop.alice, mug, 3);

        List<DomainEvent> events = eventsAfter(before);
        assertThat(events)
                .extracting(DomainEvent::type)
                .containsExactly(EventType.ORDER_PLACED, EventType.PRODUCT_STOCK_CHANGED);
        assertThat(events.get(0).aggregateId()).isEqualTo(order.id().value());
        assertThat(events.get(0).topic()).isEqualTo(Topic.ORDERS);
        assertThat(events.get(0).audience()).isEqualTo(Audience.ownerAndAdmins(shop.alice.id()));
        assertThat(events.get(0).data().json()).contains("\"total\":\"13.50\"", "\"status\":\"PENDING\"");
        assertThat(events.get(1).topic()).isEqualTo(Topic.PRODUCTS);
        assertThat(events.get(1).audience()).isEqualTo(Audience.everyone());
        assertThat(events.get(1).data().json()).contains("\"stock\":7", "\"previousStock\":10");
    }

    @Test
    void status_changes_and_cancellations_are_order_events_and_a_cancel_puts_stock_back() {
        Product mug = shop.stored("4.50", "EUR", 10);
        Order first = shop.order(shop.alice, mug, 1);
        Order second = shop.order(shop.bob, mug, 2);
        long before = shop.outbox.lastId();

        shop.changeOrderStatus.change(new ChangeOrderStatusCommand(shop.admin, first.id(), OrderStatus.PROCESSING));
        shop.cancelOrder.cancel(new CancelOrderCommand(shop.bob, second.id()));

        List<DomainEvent> events = eventsAfter(before);
        assertThat(events)
                .extracting(DomainEvent::type)
                .containsExactly(
                        EventType.ORDER_STATUS_CHANGED, EventType.ORDER_CANCELLED, EventType.PRODUCT_STOCK_CHANGED);
        assertThat(events.get(0).data().json()).contains("\"status\":\"PROCESSING\"", "\"previousStatus\":\"PENDING\"");
        assertThat(events.get(1).audience()).isEqualTo(Audience.ownerAndAdmins(shop.bob.id()));
        assertThat(events.get(2).data().json()).contains("\"stock\":9", "\"previousStock\":7");
    }

    @Test
    void a_product_update_is_an_event_only_when_the_stock_changed() {
        Product mug = shop.stored("4.50", "EUR", 10);
        long before = shop.outbox.lastId();

        shop.updateProduct.update(UpdateProductCommand.of(shop.admin, mug.id()).withName(ProductName.of("Cup")));
        shop.updateProduct.update(UpdateProductCommand.of(shop.admin, mug.id()).withStock(12));

        assertThat(eventsAfter(before)).extracting(DomainEvent::type).containsExactly(EventType.PRODUCT_STOCK_CHANGED);
    }

    @Test
    void a_refused_order_writes_no_event() {
        Product mug = shop.stored("4.50", "EUR", 1);
        long before = shop.outbox.lastId();

        assertThatThrownBy(() -> shop.order(shop.alice, mug, 2)).isInstanceOf(InsufficientStockException.class);

        assertThat(eventsAfter(before)).isEmpty();
    }
}
