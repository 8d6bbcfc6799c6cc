package dev.portside.application.shop;

import dev.portside.domain.shop.Product;

/** Adds a product to the catalogue. Admins only; a taken sku is {@code sku_taken}. */
public interface CreateProduct {

    Product create(CreateProductCommand command);
}
