package dev.portside.application.shop;

import dev.portside.domain.shop.Order;

/**
 * Cancels a pending order and puts its stock back, for its customer or an admin. Only a
 * {@code PENDING} order can be cancelled ({@code illegal_status_transition}); someone else's order
 * is {@code not_found}.
 */
public interface CancelOrder {

    Order cancel(CancelOrderCommand command);
}
