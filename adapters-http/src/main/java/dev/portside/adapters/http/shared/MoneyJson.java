package dev.portside.adapters.http.shared;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Money on the wire: {@code {"amount": "10.50", "currency": "EUR"}}. The amount is a decimal string,
 * never a JSON number, so that no client or proxy ever rounds it through binary floating point; a JSON
 * number is refused as invalid (see {@link DecimalString}).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
@Schema(name = "Money")
public record MoneyJson(
        @NotNull
        @Schema(
                implementation = String.class,
                maxLength = 32,
                pattern = "^-?[0-9]{1,15}(\\.[0-9]{1,15})?$",
                example = "10.50",
                description = "decimal string at the currency's scale")
        DecimalString amount,

        @NotNull @Size(min = 3, max = 3) @Pattern(regexp = "[A-Z]{3}") @Schema(example = "EUR")
        String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(
                new DecimalString(money.amountText()), money.currency().getCurrencyCode());
    }

    /** The domain value; {@code field} names the JSON field in a refusal (e.g. {@code price}). */
    public Money toMoney(String field) {
        if (amount == null) {
            throw new ValidationException(field + ".amount", "is required");
        }
        if (currency == null) {
            throw new ValidationException(field + ".currency", "is required");
        }
        try {
            return Money.of(amount.value(), currency);
        } catch (ValidationException e) {
            throw new ValidationException(field + "." + e.field(), e.reason());
        }
    }
}
