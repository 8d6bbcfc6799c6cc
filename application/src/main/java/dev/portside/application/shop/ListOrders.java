package dev.portside.application.shop;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shop.Order;

/**
 * Orders, newest first by default, optionally by status. A user sees only their own (asking for
 * another customer is {@code forbidden}); an admin sees all, or one customer's.
 */
public interface ListOrders {

    Page<Order> list(ListOrdersQuery query);
}
