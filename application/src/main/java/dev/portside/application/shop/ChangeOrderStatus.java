package dev.portside.application.shop;

import dev.portside.domain.shop.Order;

/**
 * Moves an order along its life cycle. Admins only ({@code forbidden}); an illegal move is
 * {@code illegal_status_transition}. Moving to {@code CANCELLED} restores stock like a cancel.
 */
public interface ChangeOrderStatus {

    Order change(ChangeOrderStatusCommand command);
}
