package dev.portside.application.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.shop.Category;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A shop command with several bad fields names each of them in one refusal. */
class EveryInvalidFieldTest {

    private final Actor admin = new Actor(UserId.newId(), Set.of(Role.ADMIN));

    @Test
    void a_new_product_names_missing_names_a_bad_price_and_a_negative_stock_together() {
        ValidationException refusal = catchThrowableOfType(
                ValidationException.class,
                () -> new CreateProductCommand(admin, null, null, Category.of("Kitchen"), Money.of("0.00", "EUR"), -1));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("sku", "name", "price", "stock");
    }

    @Test
    void a_missing_field_is_a_refusal_naming_it_not_a_null_pointer() {
        ValidationException refusal =
                catchThrowableOfType(ValidationException.class, () -> new GetOrderQuery(null, null));

        assertThat(refusal.errors())
                .extracting(ValidationException.FieldError::field)
                .containsExactly("actor", "id");
    }
}
