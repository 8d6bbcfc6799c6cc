package dev.portside.domain.shared;

/**
 * Stable refusal codes shared by every layer. The code string is the public contract (docs/api.md);
 * the kind lets a driving adapter choose a status without knowing every code.
 */
public enum ErrorCode {
    VALIDATION_FAILED("validation_failed", Kind.INVALID),
    UNAUTHENTICATED("unauthenticated", Kind.UNAUTHENTICATED),
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
    IDEMPOTENCY_KEY_IN_USE("idempotency_key_in_use", Kind.CONFLICT),
    VERSION_MISMATCH("version_mismatch", Kind.PRECONDITION_FAILED),
    POST_NOT_PUBLISHED("post_not_published", Kind.RULE),
    CURRENCY_MISMATCH("currency_mismatch", Kind.RULE),
    INSUFFICIENT_FUNDS("insufficient_funds", Kind.RULE),
    SAME_ACCOUNT("same_account", Kind.RULE),
    ACCOUNT_NOT_OPEN("account_not_open", Kind.RULE),
    IDEMPOTENCY_KEY_REUSED("idempotency_key_reused", Kind.RULE),
    IDEMPOTENCY_KEY_MISSING("idempotency_key_missing", Kind.INVALID),
    STORAGE_UNAVAILABLE("storage_unavailable", Kind.UNAVAILABLE);

    /** How a refusal is classified; maps one-to-one onto an HTTP status class. */
    public enum Kind {
        INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, RULE, UNAVAILABLE
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
