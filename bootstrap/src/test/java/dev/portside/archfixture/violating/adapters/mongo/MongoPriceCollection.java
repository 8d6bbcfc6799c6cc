package dev.portside.archfixture.violating.adapters.mongo;

import dev.portside.archfixture.violating.testkit.PriceMother;

/** Breaks "main code never uses testkit". */
public class MongoPriceCollection {
    public Object sample() {
        return new PriceMother();
    }
}
