package dev.portside.domain.event;

import java.util.Optional;

/**
 * The changes that become events. The wire name ({@code post.published}, ...) is part of the public
 * contract, like an error code: clients switch on it, and stored events keep it.
 */
public enum EventType {
    POST_PUBLISHED("post.published"),
    POST_UNPUBLISHED("post.unpublished"),
    COMMENT_ADDED("comment.added"),
    ORDER_PLACED("order.placed"),
    ORDER_STATUS_CHANGED("order.status_changed"),
    ORDER_CANCELLED("order.cancelled"),
    PRODUCT_STOCK_CHANGED("product.stock_changed"),
    DEPOSIT_BOOKED("deposit.booked"),
    TRANSFER_BOOKED("transfer.booked");

    /** The longest wire name; storage columns are sized from it. */
    public static final int MAX_NAME_LENGTH = 40;

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type of a stored event, by its wire name; empty for a name this build does not know. */
    public static Optional<EventType> ofWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
