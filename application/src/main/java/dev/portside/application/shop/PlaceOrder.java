package dev.portside.application.shop;

import dev.portside.domain.shop.Order;

/**
 * Checkout for any signed-in user: reserves stock for every line or for none, and records the
 * order with a snapshot of each product. Refusals, checked in this order: an unknown product is
 * {@code product_not_found}, products in different currencies {@code currency_mismatch}, a short line
 * {@code insufficient_stock} naming its product.
 */
public interface PlaceOrder {

    Order place(PlaceOrderCommand command);
}
