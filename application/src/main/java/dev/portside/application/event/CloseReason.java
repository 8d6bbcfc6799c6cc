package dev.portside.application.event;

/**
 * Why the service ended a subscription. The codes are part of the public contract: transports send
 * them to the subscriber as the last message.
 */
public enum CloseReason {
    /** The subscriber did not read fast enough: its queue filled up, or it took nothing for too long. */
    SLOW_CONSUMER("slow_consumer", "the subscriber did not keep up with its events; reconnect with the last event id"),
    /** The token the subscription was opened with expired. */
    TOKEN_EXPIRED("token_expired", "the token expired; log in again and reconnect with the last event id"),
    /** The caller's account was deleted, locked or lost a role the token claims. */
    UNAUTHENTICATED("unauthenticated", "the token no longer matches its account; log in again"),
    /** This instance is shutting down. */
    SERVICE_STOPPING("service_stopping", "the service is restarting; reconnect with the last event id");

    private final String code;
    private final String detail;

    CloseReason(String code, String detail) {
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
