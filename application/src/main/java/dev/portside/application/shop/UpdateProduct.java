package dev.portside.application.shop;

import dev.portside.domain.shop.Product;

/**
 * Changes a product's name, category, price or stock (a PATCH: absent parts stay). Admins only.
 * With an expected version (If-Match) a product changed since is {@code version_mismatch}.
 */
public interface UpdateProduct {

    Product update(UpdateProductCommand command);
}
