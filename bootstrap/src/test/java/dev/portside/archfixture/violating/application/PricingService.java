package dev.portside.archfixture.violating.application;

import dev.portside.archfixture.violating.adapters.postgres.SqlPriceTable;

/** Breaks "application uses only domain and the JDK": it reaches into an adapter. */
public class PricingService {
    public Object table() {
        return new SqlPriceTable();
    }
}
