package dev.portside.adapters.http.problem;

import java.util.Objects;

/** A refusal the HTTP adapter itself decides (see {@link TransportCode}), answered as problem+json. */
public final class TransportRefusal extends RuntimeException {

    private final TransportCode code;

    public TransportRefusal(TransportCode code, String message) {
        // an expected outcome, like a domain refusal: no stack trace
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public TransportCode code() {
        return code;
    }

    public Problem problem() {
        return Problems.of(code, getMessage());
    }
}
