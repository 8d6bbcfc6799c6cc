package dev.portside.application.shop;

import dev.portside.domain.shared.ValidationException;

/** Field-named null checks for command records. */
final class Required {

    private Required() {
    }

    static <T> T field(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }
}
