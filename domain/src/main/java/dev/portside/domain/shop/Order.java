package dev.portside.domain.shop;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A customer's order. Immutable; status changes return a new instance and follow
 * {@link OrderStatus}. An order has 1-{@value #MAX_ITEMS} lines, at most one line per product
 * (a second line for the same product is refused rather than merged, so the client sees exactly
 * what it sent) and a single currency: mixing currencies is {@code currency_mismatch}.
 * The total is derived from the lines, never stored separately in the model.
 */
public record Order(
        OrderId id, UserId customerId, List<OrderItem> items, OrderStatus status, Instant createdAt, long version) {

    public static final int MAX_ITEMS = 50;

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        requireValidLines(items);
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    /**
     * A new, never saved order, waiting to be processed. The creation time is cut to milliseconds,
     * the finest precision every backend keeps.
     */
    public static Order place(UserId customerId, List<OrderItem> items, Instant now) {
        return new Order(
                OrderId.newId(), customerId, items, OrderStatus.PENDING, now.truncatedTo(ChronoUnit.MILLIS), 0);
    }

    public Currency currency() {
        return items.get(0).unitPrice().currency();
    }

    public Money total() {
        Money total = Money.zero(currency());
        for (OrderItem item : items) {
            total = total.plus(item.lineTotal());
        }
        return total;
    }

    public boolean isOwnedBy(UserId userId) {
        return customerId.equals(userId);
    }

    public Order changeStatus(OrderStatus target) {
        return new Order(id, customerId, items, status.requireTransitionTo(target), createdAt, version);
    }

    public Order cancel() {
        return changeStatus(OrderStatus.CANCELLED);
    }

    /** For repositories: the same order as stored at {@code newVersion}. */
    public Order withVersion(long newVersion) {
        return new Order(id, customerId, items, status, createdAt, newVersion);
    }

    private static void requireValidLines(List<OrderItem> items) {
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new ValidationException("items", "must have 1-" + MAX_ITEMS + " lines");
        }
        Currency currency = items.get(0).unitPrice().currency();
        Set<ProductId> products = new HashSet<>();
        for (OrderItem item : items) {
            if (!products.add(item.productId())) {
                throw new ValidationException(
                        "items", "product " + item.productId() + " appears on more than one line");
            }
            if (!item.unitPrice().currency().equals(currency)) {
                throw new DomainException(
                        ErrorCode.CURRENCY_MISMATCH,
                        "an order has a single currency: " + item.sku() + " is priced in "
                                + item.unitPrice().currency() + ", not " + currency);
            }
        }
    }
}
