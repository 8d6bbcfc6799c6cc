package dev.portside.domain.shop.port;

import dev.portside.domain.shared.SortField;

/** The sorts an order listing accepts; ties are broken by id in the same direction. */
public enum OrderSortField implements SortField {
    CREATED_AT("createdAt");

    private final String apiName;

    OrderSortField(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
