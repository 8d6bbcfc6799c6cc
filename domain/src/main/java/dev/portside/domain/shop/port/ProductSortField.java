package dev.portside.domain.shop.port;

import dev.portside.domain.shared.SortField;

/** The sorts a product listing accepts; ties are broken by id in the same direction. */
public enum ProductSortField implements SortField {
    NAME("name"),
    PRICE("price"),
    CREATED_AT("createdAt");

    private final String apiName;

    ProductSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
