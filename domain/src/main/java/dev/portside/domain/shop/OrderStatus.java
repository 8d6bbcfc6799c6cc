package dev.portside.domain.shop;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The order life cycle: {@code PENDING -> PROCESSING -> SHIPPED -> DELIVERED}, and {@code CANCELLED}
 * only from {@code PENDING} (once the warehouse works on an order, cancelling is a return, not a
 * status change). Every other move, including staying put, is {@code illegal_status_transition}.
 */
public enum OrderStatus {
    PENDING,
    PROCESSING,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PROCESSING, CANCELLED);
            case PROCESSING -> EnumSet.of(SHIPPED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus target) {
        return next().contains(target);
    }

    public OrderStatus requireTransitionTo(OrderStatus target) {
        if (!canBecome(target)) {
            throw new DomainException(
                    ErrorCode.ILLEGAL_STATUS_TRANSITION, "an order cannot go from " + this + " to " + target);
        }
        return target;
    }

    /** Parses the API spelling ({@code "SHIPPED"}, case-insensitive). */
    public static OrderStatus parse(String text) {
        if (text != null) {
            for (OrderStatus status : values()) {
                if (status.name().equals(text.toUpperCase(Locale.ROOT))) {
                    return status;
                }
            }
        }
        throw new ValidationException("status", "must be one of PENDING, PROCESSING, SHIPPED, DELIVERED, CANCELLED");
    }
}
