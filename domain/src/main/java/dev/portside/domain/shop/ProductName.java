package dev.portside.domain.shop;

import dev.portside.domain.shared.Text;

/** A product's display name: 1-255 characters, not blank. Kept exactly as given. */
public record ProductName(String value) {

    public static final int MAX_LENGTH = 255;

    public ProductName {
        Text.requiredNotBlank("name", value, MAX_LENGTH);
    }

    public static ProductName of(String value) {
        return new ProductName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
