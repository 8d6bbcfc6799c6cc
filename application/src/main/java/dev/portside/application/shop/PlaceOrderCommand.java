package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.ProductId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of a new order: 1-{@value Order#MAX_ITEMS}, each product at most once (a repeated
 * product is refused, not merged, so the order is exactly what the client sent).
 */
public record PlaceOrderCommand(Actor actor, List<OrderLine> lines) {

    public PlaceOrderCommand {
        Validation check = new Validation().required("actor", actor).required("items", lines);
        if (lines != null) {
            check.check(
                    !lines.isEmpty() && lines.size() <= Order.MAX_ITEMS,
                    "items",
                    "must have 1-" + Order.MAX_ITEMS + " lines");
            Set<ProductId> seen = new HashSet<>();
            for (OrderLine line : lines) {
                check.check(
                        seen.add(line.productId()),
                        "items",
                        "product " + line.productId() + " appears on more than one line");
            }
        }
        check.done();
        lines = List.copyOf(lines);
    }

    public static PlaceOrderCommand of(Actor actor, OrderLine... lines) {
        return new PlaceOrderCommand(actor, List.of(lines));
    }

    public List<ProductId> productIds() {
        return lines.stream().map(OrderLine::productId).toList();
    }
}
