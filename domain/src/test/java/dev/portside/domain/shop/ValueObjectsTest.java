package dev.portside.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.ValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void sku_is_stored_upper_case_so_case_variants_are_equal() {
        assertThat(Sku.of("ab-1_x").value()).isEqualTo("AB-1_X");
        assertThat(Sku.of("ab-1_x")).isEqualTo(Sku.of("AB-1_X"));
    }

    @Test
    void sku_accepts_64_characters() {
        assertThat(Sku.of("a".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "dot.ted", "ümlaut", "slash/", "%", " AB"})
    void sku_refuses_anything_but_1_to_64_letters_digits_underscore_dash(String sku) {
        assertThatThrownBy(() -> Sku.of(sku))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("sku");
    }

    @Test
    void sku_refuses_65_characters() {
        assertThatThrownBy(() -> Sku.of("a".repeat(65))).isInstanceOf(ValidationException.class);
    }

    @Test
    void product_name_is_1_to_255_characters_and_not_blank() {
        assertThat(ProductName.of("x".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> ProductName.of("x".repeat(256)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> ProductName.of("  "))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("name");
        assertThatThrownBy(() -> ProductName.of(null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void category_is_1_to_100_characters_and_matches_ignoring_case() {
        assertThat(Category.of("c".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> Category.of("c".repeat(101)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("category");
        assertThatThrownBy(() -> Category.of(""))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("category");
        assertThat(Category.of("Books").matchesIgnoringCase(Category.of("bOOKS")))
                .isTrue();
        assertThat(Category.of("Books").matchesIgnoringCase(Category.of("Book")))
                .isFalse();
    }

    @Test
    void quantity_is_1_to_1000() {
        assertThat(Quantity.of(1).value()).isEqualTo(1);
        assertThat(Quantity.of(1000).value()).isEqualTo(1000);
        for (int invalid : new int[] {0, -1, 1001}) {
            assertThatThrownBy(() -> Quantity.of(invalid))
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("quantity");
        }
    }

    @Test
    void ids_compare_like_postgresql_uuids_unsigned_most_significant_first() {
        ProductId low = new ProductId(UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"));
        ProductId high = new ProductId(UUID.fromString("80000000-0000-7000-8000-000000000000"));

        assertThat(low.value().compareTo(high.value()))
                .as("java's signed order disagrees")
                .isPositive();
        assertThat(low.compareTo(high)).isNegative();
        assertThat(high.compareTo(low)).isPositive();
        assertThat(low.compareTo(new ProductId(low.value()))).isZero();
    }

    @Test
    void ids_parse_uuids_and_refuse_anything_else_by_field() {
        UUID uuid = UUID.randomUUID();
        assertThat(OrderId.parse("id", uuid.toString()).value()).isEqualTo(uuid);
        assertThatThrownBy(() -> ProductId.parse("productId", "1-1-1-1-1"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("productId");
        assertThatThrownBy(() -> ProductId.parse("productId", null)).isInstanceOf(ValidationException.class);
    }
}
