package dev.portside.adapters.mongo.shared;

import dev.portside.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * How domain values are written to and read from documents, in one place: money as an exact
 * {@code Decimal128} amount plus its currency code, instants as BSON dates (milliseconds, the precision
 * the domain keeps), absent optionals as missing fields.
 */
public final class Values {

    private Values() {
    }

    public static Document money(Money money) {
        return new Document("amount", new Decimal128(money.amount()))
                .append("currency", money.currency().getCurrencyCode());
    }

    public static Money money(Document document) {
        BigDecimal amount = document.get("amount", Decimal128.class).bigDecimalValue();
        return new Money(amount, Currency.getInstance(document.getString("currency")));
    }

    public static Decimal128 decimal(BigDecimal amount) {
        return new Decimal128(amount);
    }

    public static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalStateException("not a decimal: " + value);
    }

    public static Date date(Instant instant) {
        return Date.from(instant);
    }

    public static Instant instant(Document document, String field) {
        return document.getDate(field).toInstant();
    }

    public static Optional<Instant> optionalInstant(Document document, String field) {
        return Optional.ofNullable(document.getDate(field)).map(Date::toInstant);
    }

    public static UUID uuid(Document document, String field) {
        return document.get(field, UUID.class);
    }

    /** Puts the value only when present, so "absent" is a missing field, never a stored null. */
    public static <T> Document putIfPresent(Document document, String field, Optional<T> value) {
        value.ifPresent(v -> document.append(field, v));
        return document;
    }

    public static Optional<String> optionalString(Document document, String field) {
        return Optional.ofNullable(document.getString(field));
    }

    /**
     * A regular expression matching {@code text} literally: every character that is not a letter or
     * digit is escaped, which both PCRE (the server) and {@code java.util.regex} read as that character.
     */
    public static String literalPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }
}
