package dev.portside.application.idempotency;

import dev.portside.domain.shared.ValidationException;
import java.util.Objects;

/**
 * A client's Idempotency-Key, scoped to the caller so that two callers choosing the same key never
 * see each other's responses. A missing key is the driving adapter's refusal (it knows whether its
 * endpoint requires one); an unusable one is refused here.
 */
public record IdempotencyKey(String scope, String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        if (value == null
                || value.isEmpty()
                || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new ValidationException("Idempotency-Key", "must be 1-" + MAX_LENGTH + " visible ASCII characters");
        }
    }
}
