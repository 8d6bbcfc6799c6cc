package dev.portside.domain.shop;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;

/**
 * A reservation asked for more units than the product has. Carries the product so that the API can
 * name it (the client needs to know which line to change), not just the code.
 */
public final class InsufficientStockException extends DomainException {

    private final ProductId productId;
    private final Sku sku;
    private final int requested;
    private final int available;

    public InsufficientStockException(ProductId productId, Sku sku, int requested, int available) {
        super(
                ErrorCode.INSUFFICIENT_STOCK,
                "insufficient stock for product " + productId + " (sku " + sku + "): requested " + requested
                        + ", available " + available);
        this.productId = productId;
        this.sku = sku;
        this.requested = requested;
        this.available = available;
    }

    public ProductId productId() {
        return productId;
    }

    public Sku sku() {
        return sku;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}
