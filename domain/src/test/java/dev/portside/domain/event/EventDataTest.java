package dev.portside.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDataTest {

    @Test
    void writes_fields_in_order_as_one_json_object() {
        EventData data = EventData.builder()
                .put("status", "PENDING")
                .put("stock", 5)
                .put("open", true)
                .put("reference", (String) null)
                .put("at", Instant.parse("2025-01-02T03:04:05.678Z"))
                .putStrings("tags", List.of("a", "b"))
                .build();

        assertThat(data.json())
                .isEqualTo("{\"status\":\"PENDING\",\"stock\":5,\"open\":true,\"reference\":null,"
                        + "\"at\":\"2025-01-02T03:04:05.678Z\",\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void escapes_what_json_and_javascript_cannot_carry_raw() {
        EventData data = EventData.builder()
                .put("text", "a\"b\\c\nd\u0001e\u2028f\ud800g😀")
                .build();

        assertThat(data.json()).isEqualTo("{\"text\":\"a\\\"b\\\\c\\nd\\u0001e\\u2028f\\ud800g😀\"}");
    }

    @Test
    void refuses_a_field_given_twice() {
        assertThatThrownBy(() -> EventData.builder().put("a", 1).put("a", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_object_is_valid() {
        assertThat(EventData.builder().build().json()).isEqualTo("{}");
    }
}
