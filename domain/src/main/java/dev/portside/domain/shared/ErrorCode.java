package dev.portside.domain.shared;

/**
 * Stable codes of the business's refusals, shared by every layer. The code string is the public contract
 * (docs/api.md); the kind lets a driving adapter choose a status without knowing every code. Codes of
 * the transport (a missing token, an idempotency key, storage being down) are not here: the driving
 * adapter that produces them owns them (ADR 15).
 */
public enum ErrorCode {
    VALIDATION_FAILED("validation_failed", Kind.INVALID),
    INVALID_CREDENTIALS("invalid_credentials", Kind.UNAUTHENTICATED),
    FORBIDDEN("forbidden", Kind.FORBIDDEN),
    NOT_FOUND("not_found", Kind.NOT_FOUND),
    PRODUCT_NOT_FOUND("product_not_found", Kind.NOT_FOUND),
    ACCOUNT_NOT_FOUND("account_not_found", Kind.NOT_FOUND),
    USERNAME_TAKEN("username_taken", Kind.CONFLICT),
    EMAIL_TAKEN("email_taken", Kind.CONFLICT),
    SKU_TAKEN("sku_taken", Kind.CONFLICT),
    INSUFFICIENT_STOCK("insufficient_stock", Kind.CONFLICT),
    ILLEGAL_STATUS_TRANSITION("illegal_status_transition", Kind.CONFLICT),
    CONCURRENT_MODIFICATION("concurrent_modification", Kind.CONFLICT),
    VERSION_MISMATCH("version_mismatch", Kind.PRECONDITION_FAILED),
    POST_NOT_PUBLISHED("post_not_published", Kind.RULE),
    CURRENCY_MISMATCH("currency_mismatch", Kind.RULE),
    INSUFFICIENT_FUNDS("insufficient_funds", Kind.RULE),
    SAME_ACCOUNT("same_account", Kind.RULE),
    ACCOUNT_NOT_OPEN("account_not_open", Kind.RULE);

    /** How a refusal is classified; maps one-to-one onto an HTTP status class. */
    public enum Kind {
        INVALID,
        UNAUTHENTICATED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        PRECONDITION_FAILED,
        RULE
    }

    private final String code;
    private final Kind kind;

    ErrorCode(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
