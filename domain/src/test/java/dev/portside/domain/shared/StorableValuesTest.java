package dev.portside.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.blog.port.PostSearch;
import dev.portside.domain.blog.port.TagMode;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.port.ProductSearch;
import dev.portside.domain.shop.port.ReportPeriod;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values every backend can store: text without control characters, bounded money, four-digit years. */
class StorableValuesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b",
                "\u0001",
                "bell\u0007",
                "del\u007F",
                "lone \uD800 high",
                "lone \uDC00 low",
                "end\uD83D"
            })
    void text_with_control_characters_or_unpaired_surrogates_is_refused_naming_the_field(String value) {
        assertThatThrownBy(() -> Text.required("bio", value, 0, 100))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("bio");
        assertThatThrownBy(() -> new PostContent(value)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line\nbreak", "tab\there", "crlf\r\n", "emoji \uD83D\uDE00", "日本語"})
    void text_with_tabs_newlines_and_paired_surrogates_is_kept(String value) {
        assertThat(Text.required("content", value, 0, 100)).isEqualTo(value);
    }

    @Test
    void search_texts_refuse_nul_as_q() {
        assertThatThrownBy(() -> ProductSearch.text("a\u0000"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("q");
        assertThatThrownBy(() -> PostSearch.everything().withText("\u0000"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("q");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "１.００",
                "1E2",
                "1e-2",
                "1e309",
                "+1",
                ".5",
                "1.",
                " 1",
                "0x10",
                "1_000",
                "NaN",
                "Infinity",
                "9999999999999999",
                "99999999999999999999.99"
            })
    void amounts_must_be_plain_ascii_decimals_that_storage_can_hold(String amount) {
        assertThatThrownBy(() -> Money.of(amount, "EUR"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("amount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10.50", "-3.20", "999999999999999", "1.500"})
    void plain_decimals_are_amounts(String amount) {
        assertThat(Money.of(amount, "EUR").amount()).isEqualByComparingTo(amount);
    }

    @Test
    void a_price_above_one_billion_is_refused() {
        assertThatThrownBy(() -> Product.requireValidPrice(Money.of("1000000000.01", "EUR")))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("price");
        Product.requireValidPrice(Money.of("1000000000", "EUR"));
    }

    @Test
    void dates_outside_years_1_to_9999_are_refused_naming_the_field() {
        Instant far = Instant.parse("+999999999-12-31T23:59:59Z");
        assertThatThrownBy(() -> new ReportPeriod(Instant.EPOCH, far))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("to");
        assertThatThrownBy(() -> new ReportPeriod(Instant.parse("-000001-01-01T00:00:00Z"), Instant.EPOCH))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("from");
        assertThatThrownBy(() -> new PostSearch(
                        Optional.empty(),
                        Tags.none(),
                        TagMode.DEFAULT,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(far)))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("to");
        assertThat(new ReportPeriod(Instants.MIN, Instants.MAX).to()).isEqualTo(Instants.MAX);
    }
}
