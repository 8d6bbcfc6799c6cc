package dev.portside.archfixture.violating.adapters.postgres;

import dev.portside.archfixture.violating.adapters.mongo.MongoPriceCollection;

/** Breaks "adapters never use each other". */
public class SqlPriceTable {
    public Object mirror() {
        return new MongoPriceCollection();
    }
}
