package dev.portside.application.shop;

import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.ProductId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of a new order: 1-{@value Order#MAX_ITEMS}, each product at most once (a repeated
 * product is refused, not merged, so the order is exactly what the client sent).
 */
public record PlaceOrderCommand(List<OrderLine> lines) {

    public PlaceOrderCommand {
        Required.field("items", lines);
        if (lines.isEmpty() || lines.size() > Order.MAX_ITEMS) {
            throw new ValidationException("items", "must have 1-" + Order.MAX_ITEMS + " lines");
        }
        lines = List.copyOf(lines);
        Set<ProductId> seen = new HashSet<>();
        for (OrderLine line : lines) {
            if (!seen.add(line.productId())) {
                throw new ValidationException("items", "product " + line.productId() + " appears on more than one line");
            }
        }
    }

    public static PlaceOrderCommand of(OrderLine... lines) {
        return new PlaceOrderCommand(List.of(lines));
    }

    public List<ProductId> productIds() {
        return lines.stream().map(OrderLine::productId).toList();
    }
}
