package dev.portside.domain.idempotency;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.DomainException;
import java.util.Objects;

/**
 * A client's Idempotency-Key, scoped to the caller so that two callers choosing the same key never
 * see each other's responses.
 */
public record IdempotencyKey(String scope, String value) {

    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        Objects.requireNonNull(scope, "scope");
        if (value == null || value.isEmpty()) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_MISSING, "Idempotency-Key header is required");
        }
        if (value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new dev.portside.domain.shared.ValidationException("Idempotency-Key",
                    "must be 1-" + MAX_LENGTH + " visible ASCII characters");
        }
    }
}
