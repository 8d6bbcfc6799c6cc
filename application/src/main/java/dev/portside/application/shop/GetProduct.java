package dev.portside.application.shop;

import dev.portside.domain.shop.Product;

/** One product, for anyone (no actor needed); unknown is {@code not_found}. */
public interface GetProduct {

    Product get(GetProductQuery query);
}
