package dev.portside.adapters.http.shared;

import dev.portside.domain.shared.Money;
import dev.portside.domain.user.UserId;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * The value objects every feature shows, in their JSON form. The features' MapStruct mappers extend
 * this, so MapStruct picks these by type wherever a response field needs one.
 */
public interface JsonValues {

    default MoneyJson money(Money money) {
        return MoneyJson.of(money);
    }

    default String currencyCode(Currency currency) {
        return currency.getCurrencyCode();
    }

    default UUID uuid(UserId id) {
        return id.value();
    }

    /** An absent optional field is an explicit JSON null (the responses use {@code Include.ALWAYS}). */
    default String textOrNull(Optional<String> text) {
        return text.orElse(null);
    }

    default Instant instantOrNull(Optional<Instant> instant) {
        return instant.orElse(null);
    }
}
