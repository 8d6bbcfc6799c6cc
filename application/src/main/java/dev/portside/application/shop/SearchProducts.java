package dev.portside.application.shop;

import dev.portside.domain.shared.Page;
import dev.portside.domain.shop.Product;

/** The catalogue, for anyone: text in name or sku, category, paging and a whitelisted sort. */
public interface SearchProducts {

    Page<Product> search(SearchProductsQuery query);
}
