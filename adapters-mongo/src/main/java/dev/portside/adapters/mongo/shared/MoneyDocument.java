package dev.portside.adapters.mongo.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.annotation.Embeddable;
import java.math.BigDecimal;

/** Money inside a document: an exact {@code Decimal128} amount and its ISO currency code. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Embeddable
public record MoneyDocument(BigDecimal amount, String currency) {}
