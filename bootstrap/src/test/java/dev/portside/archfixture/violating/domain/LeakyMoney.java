package dev.portside.archfixture.violating.domain;

import dev.portside.archfixture.violating.application.PricingService;

/** Breaks "domain uses only the JDK" and the onion: the domain reaches up into application. */
public class LeakyMoney {
    public Object price() {
        return new PricingService();
    }
}
