package dev.portside.archfixture.violating.adapters.http;

import dev.portside.archfixture.violating.adapters.storage.RetryingPriceUnit;

/** Breaks "only storage adapters use the storage adapter base": a driving adapter builds on it. */
public class HttpPriceRetries {
    public Object unit() {
        return new RetryingPriceUnit();
    }
}
