package dev.portside.domain.shop;

import static dev.portside.domain.shop.Products.NOW;
import static dev.portside.domain.shop.Products.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductTest {

    @Test
    void a_new_product_is_unsaved_and_keeps_millisecond_precision() {
        Product product = Product.create(
                Sku.of("A-1"),
                ProductName.of("Mug"),
                Category.of("Kitchen"),
                Money.of("4.50", "EUR"),
                3,
                Instant.parse("2024-05-01T10:00:00.123456789Z"));

        assertThat(product.version()).isZero();
        assertThat(product.createdAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
        assertThat(product.stock()).isEqualTo(3);
    }

    @Test
    void price_must_be_positive() {
        for (String price : new String[] {"0.00", "-1.00"}) {
            assertThatThrownBy(() -> product(price, "EUR", 1))
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("price");
        }
        assertThatThrownBy(() -> product(1).reprice(Money.of("0", "EUR")))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("price");
    }

    @Test
    void stock_is_never_negative() {
        assertThatThrownBy(() -> product(-1))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("stock");
        assertThatThrownBy(() -> product(5).restock(-1))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("stock");
    }

    @Test
    void reserve_takes_units_out_of_stock_down_to_zero() {
        Product product = product(5);

        Product reserved = product.reserve(Quantity.of(2));
        Product emptied = reserved.reserve(Quantity.of(3));

        assertThat(reserved.stock()).isEqualTo(3);
        assertThat(emptied.stock()).isZero();
        assertThat(product.stock()).as("the original is unchanged").isEqualTo(5);
    }

    @Test
    void reserve_refuses_more_than_the_stock_with_insufficient_stock_naming_the_product() {
        Product product = product(2);

        assertThatThrownBy(() -> product.reserve(Quantity.of(3)))
                .isInstanceOf(InsufficientStockException.class)
                .extracting("errorCode")
                .isEqualTo(ErrorCode.INSUFFICIENT_STOCK);
        InsufficientStockException refusal = catchInsufficient(product, 3);
        assertThat(refusal.productId()).isEqualTo(product.id());
        assertThat(refusal.sku()).isEqualTo(product.sku());
        assertThat(refusal.requested()).isEqualTo(3);
        assertThat(refusal.available()).isEqualTo(2);
        assertThat(refusal.getMessage())
                .contains(product.id().toString())
                .contains(product.sku().value());
    }

    @Test
    void an_empty_product_refuses_every_reservation() {
        assertThatThrownBy(() -> product(0).reserve(Quantity.of(1))).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void release_puts_units_back() {
        Product product = product(5).reserve(Quantity.of(4));

        assertThat(product.release(Quantity.of(4)).stock()).isEqualTo(5);
    }

    @Test
    void release_refuses_to_overflow_the_stock() {
        assertThatThrownBy(() -> product(Integer.MAX_VALUE).release(Quantity.of(1)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("stock");
    }

    @Test
    void edits_return_a_new_product_with_the_same_identity_and_version() {
        Product product = product(5).withVersion(3);

        Product edited = product.rename(ProductName.of("Cup"))
                .recategorize(Category.of("Tea"))
                .reprice(Money.of("2.00", "USD"))
                .restock(9);

        assertThat(edited.id()).isEqualTo(product.id());
        assertThat(edited.sku()).isEqualTo(product.sku());
        assertThat(edited.createdAt()).isEqualTo(NOW);
        assertThat(edited.version()).isEqualTo(3);
        assertThat(edited.name()).isEqualTo(ProductName.of("Cup"));
        assertThat(edited.category()).isEqualTo(Category.of("Tea"));
        assertThat(edited.price()).isEqualTo(Money.of("2.00", "USD"));
        assertThat(edited.stock()).isEqualTo(9);
        assertThat(product.name()).isEqualTo(ProductName.of("Mug"));
    }

    private static InsufficientStockException catchInsufficient(Product product, int quantity) {
        try {
            product.reserve(Quantity.of(quantity));
        } catch (InsufficientStockException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
