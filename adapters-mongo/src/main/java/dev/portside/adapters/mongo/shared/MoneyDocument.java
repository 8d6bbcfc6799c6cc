package dev.portside.adapters.mongo.shared;

import io.micronaut.data.annotation.Embeddable;
import java.math.BigDecimal;

/** Money inside a document: an exact {@code Decimal128} amount and its ISO currency code. */
@Embeddable
public record MoneyDocument(BigDecimal amount, String currency) {
}
