package dev.portside.adapters.redis.shop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.redis.shared.CacheCodec;
import dev.portside.domain.shop.Product;
import dev.portside.testkit.shop.ProductMother;
import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CachedProductTest {

    private final CacheCodec<Product> codec = CacheCodec.json(
            ObjectMapper.getDefault(), CachedProduct.class, CachedProduct::of, CachedProduct::toProduct);

    @ParameterizedTest
    @CsvSource({"0.01, EUR", "1000000000.00, USD", "1500, JPY", "1.234, BHD"})
    void round_trips_prices_at_their_currency_scale(String amount, String currency) {
        Product product = ProductMother.aProduct().withPrice(amount, currency).build();

        Product decoded = codec.decode(codec.encode(product));

        assertThat(decoded).isEqualTo(product);
        assertThat(decoded.price().amount().scale())
                .isEqualTo(product.price().amount().scale());
    }

    @Test
    void round_trips_every_field_exactly() {
        Product product = ProductMother.aProduct()
                .withName("Tasse \u00ab Caf\u00e9 \u00bb \u2615")
                .withCategory("K\u00fcche & Haushalt")
                .withStock(Integer.MAX_VALUE)
                .createdAt(Instant.parse("2024-05-01T10:00:00.123456789Z"))
                .build()
                .withVersion(7);

        assertThat(codec.decode(codec.encode(product))).isEqualTo(product);
    }
}
