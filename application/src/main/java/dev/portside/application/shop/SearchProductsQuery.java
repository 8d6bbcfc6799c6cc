package dev.portside.application.shop;

import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ProductSortField;

public record SearchProductsQuery(ProductSearch criteria, PageRequest<ProductSortField> page) {

    public SearchProductsQuery {
        new Validation().required("q", criteria).required("page", page).done();
    }

    /** The listing's default order when the client names none: by name, A to Z. */
    public static PageRequest<ProductSortField> defaultPage(int page, int size) {
        return new PageRequest<>(page, size, ProductSortField.NAME, SortDirection.ASC);
    }
}
