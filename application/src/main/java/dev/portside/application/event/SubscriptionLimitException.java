package dev.portside.application.event;

/**
 * The caller already holds as many open subscriptions as one caller may. Not a business refusal (no
 * {@code ErrorCode}): a limit on what one caller may hold open, answered by the transport (429).
 */
public final class SubscriptionLimitException extends RuntimeException {

    private final int limit;

    public SubscriptionLimitException(int limit) {
        super("at most " + limit + " open subscriptions per caller; close one first", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
