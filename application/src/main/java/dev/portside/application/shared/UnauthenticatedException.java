package dev.portside.application.shared;

/**
 * The caller's credentials name no account (it was deleted, or never existed): there is no one for
 * the use case to act for. Not a business refusal, so it has no ErrorCode; the driving adapter answers
 * it as its transport's "unauthenticated".
 */
public final class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        // an expected outcome (a token outliving its account): no stack trace
        super(message, null, false, false);
    }
}
