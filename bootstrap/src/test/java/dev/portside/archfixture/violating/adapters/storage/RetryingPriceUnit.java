package dev.portside.archfixture.violating.adapters.storage;

import dev.portside.archfixture.violating.application.PricingService;

/** Breaks "the storage adapter base uses only domain and the JDK": it reaches into application. */
public class RetryingPriceUnit {
    public Object service() {
        return new PricingService();
    }
}
