package dev.portside.adapters.mongo.shared;

import dev.portside.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Reading domain values out of raw driver documents (the migration's native reads, ADR 13) and the
 * literal-pattern rule the searches share: money is an exact {@code Decimal128} amount plus its
 * currency code, instants are BSON dates, absent optionals are missing fields.
 */
public final class Values {

    private Values() {}

    public static Money money(Document document) {
        BigDecimal amount = document.get("amount", Decimal128.class).bigDecimalValue();
        return new Money(amount, Currency.getInstance(document.getString("currency")));
    }

    public static Instant instant(Document document, String field) {
        return document.getDate(field).toInstant();
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
