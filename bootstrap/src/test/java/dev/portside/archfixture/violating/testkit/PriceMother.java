package dev.portside.archfixture.violating.testkit;

import dev.portside.archfixture.violating.domain.LeakyMoney;

/** Closes the package cycle domain -> application -> postgres -> mongo -> testkit -> domain. */
public class PriceMother {
    public Object money() {
        return new LeakyMoney();
    }
}
