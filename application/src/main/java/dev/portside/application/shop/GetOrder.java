package dev.portside.application.shop;

import dev.portside.domain.shop.Order;

/** One order, for its customer or an admin; to anyone else it does not exist ({@code not_found}). */
public interface GetOrder {

    Order get(GetOrderQuery query);
}
