package dev.portside.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount at its currency's scale. Construction refuses amounts that would need rounding, so a
 * Money value is always exact; there is no binary floating point anywhere money flows.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * The largest magnitude an amount written by a client may have: PostgreSQL keeps money as
     * numeric(19,4), 15 digits before the point. Business rules bound most amounts far lower
     * (prices, deposits, transfers: one billion).
     */
    public static final BigDecimal MAX_ABSOLUTE = new BigDecimal("999999999999999");

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ValidationException("amount", "has more than " + scale + " decimal places for " + currency);
        }
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        return new Money(amount, currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Parses an ISO 4217 code, refusing codes without a decimal scale (XXX, XAU, ...). */
    public static Currency currency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new ValidationException("currency", "must be an ISO 4217 code");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "unknown ISO 4217 code " + code);
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new ValidationException("currency", code + " is not a currency of account");
        }
        return currency;
    }

    /**
     * Parses amounts written as plain ASCII decimals only ({@code -12.50}): {@link BigDecimal} alone
     * would also take exponents ({@code 1e309}) and any Unicode digit ({@code "１.００"}), which no
     * client means and which let a short string name a number no column can hold.
     */
    private static BigDecimal parseAmount(String amount) {
        if (amount == null || !DECIMAL.matcher(amount).matches()) {
            throw new ValidationException("amount", "must be a plain decimal number such as 10.50");
        }
        BigDecimal value = new BigDecimal(amount);
        if (value.abs().compareTo(MAX_ABSOLUTE) > 0) {
            throw new ValidationException(
                    "amount", "must be at most " + MAX_ABSOLUTE.toPlainString() + " in magnitude");
        }
        return value;
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new ValidationException("currency", currency + " is not a currency of account");
        }
        return digits;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean hasSameCurrencyAs(Money other) {
        return currency.equals(other.currency);
    }

    /** Refuses arithmetic across currencies with the business code, since it is always a client mistake. */
    public void requireSameCurrency(Money other) {
        if (!hasSameCurrencyAs(other)) {
            throw new DomainException(
                    ErrorCode.CURRENCY_MISMATCH, "currency " + other.currency + " does not match " + currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /** The amount as the API writes it: a plain decimal string at the currency's scale. */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amountText() + " " + currency.getCurrencyCode();
    }
}
