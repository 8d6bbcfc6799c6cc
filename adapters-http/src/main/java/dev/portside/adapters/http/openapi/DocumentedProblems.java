package dev.portside.adapters.http.openapi;

/**
 * The problem+json answers the API documents, by name: each is a response in
 * {@code src/main/openapi/components.yml} (merged into the generated document) with its status, the
 * codes it may carry and the rate-limit headers. Operations refer to them,
 * {@code @ApiResponse(responseCode = "404", ref = DocumentedProblems.NOT_FOUND)}, so each error is
 * described once. {@code OpenApiContractTest} checks that every code named there is one the code answers.
 */
public final class DocumentedProblems {

    private static final String PREFIX = "#/components/responses/";

    public static final String INVALID_BODY = PREFIX + "InvalidBody";
    public static final String INVALID_IDEMPOTENT_BODY = PREFIX + "InvalidIdempotentBody";
    public static final String VALIDATION_FAILED = PREFIX + "ValidationFailed";
    public static final String INVALID_CREDENTIALS = PREFIX + "InvalidCredentials";
    public static final String UNAUTHENTICATED = PREFIX + "Unauthenticated";
    public static final String UNAUTHENTICATED_OR_WRONG_PASSWORD = PREFIX + "UnauthenticatedOrWrongPassword";
    public static final String FORBIDDEN = PREFIX + "Forbidden";
    public static final String ACCOUNT_NOT_FOUND = PREFIX + "AccountNotFound";
    public static final String NOT_FOUND = PREFIX + "NotFound";
    public static final String PRODUCT_NOT_FOUND = PREFIX + "ProductNotFound";
    public static final String IDEMPOTENCY_KEY_IN_USE = PREFIX + "IdempotencyKeyInUse";
    public static final String ILLEGAL_STATUS_TRANSITION = PREFIX + "IllegalStatusTransition";
    public static final String INSUFFICIENT_STOCK_OR_KEY_IN_USE = PREFIX + "InsufficientStockOrKeyInUse";
    public static final String SKU_TAKEN = PREFIX + "SkuTaken";
    public static final String USERNAME_OR_EMAIL_TAKEN = PREFIX + "UsernameOrEmailTaken";
    public static final String VERSION_MISMATCH = PREFIX + "VersionMismatch";
    public static final String DEPOSIT_REFUSED = PREFIX + "DepositRefused";
    public static final String ORDER_REFUSED = PREFIX + "OrderRefused";
    public static final String POST_NOT_PUBLISHED = PREFIX + "PostNotPublished";
    public static final String TRANSFER_REFUSED = PREFIX + "TransferRefused";
    public static final String RATE_LIMITED = PREFIX + "RateLimited";
    public static final String RATE_LIMITED_OR_TOO_MANY_STREAMS = PREFIX + "RateLimitedOrTooManyStreams";
    public static final String STORAGE_UNAVAILABLE = PREFIX + "StorageUnavailable";

    private DocumentedProblems() {}
}
