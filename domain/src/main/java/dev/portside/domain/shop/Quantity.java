package dev.portside.domain.shop;

import dev.portside.domain.shared.ValidationException;

/**
 * How many units one order line asks for: 1-1000. The cap keeps a typo from reserving a warehouse
 * and keeps line totals far from overflow.
 */
public record Quantity(int value) {

    public static final int MAX = 1000;

    public Quantity {
        if (value < 1 || value > MAX) {
            throw new ValidationException("quantity", "must be between 1 and " + MAX);
        }
    }

    public static Quantity of(int value) {
        return new Quantity(value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
