package dev.portside.adapters.http.shop;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.portside.adapters.http.shared.MoneyJson;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.OrderItem;
import dev.portside.domain.shop.OrderStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderResponse(UUID id, UUID customerId, List<Item> items, MoneyJson total, OrderStatus status,
                            Instant createdAt) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(UUID productId, String sku, String name, int quantity, MoneyJson unitPrice, MoneyJson lineTotal) {

        static Item of(OrderItem item) {
            return new Item(item.productId().value(), item.sku().value(), item.name().value(), item.quantity().value(),
                    MoneyJson.of(item.unitPrice()), MoneyJson.of(item.lineTotal()));
        }
    }

    static OrderResponse of(Order order) {
        return new OrderResponse(order.id().value(), order.customerId().value(),
                order.items().stream().map(Item::of).toList(), MoneyJson.of(order.total()), order.status(),
                order.createdAt());
    }
}
