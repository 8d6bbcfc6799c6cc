package dev.portside.domain.shop.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportValuesTest {

    @Test
    void average_order_value_rounds_half_even_at_the_currency_scale() {
        assertThat(new OrderValue(3, Money.of("10.00", "EUR")).averageOrderValue())
                .isEqualTo(Money.of("3.33", "EUR"));
        assertThat(new OrderValue(2, Money.of("0.05", "EUR")).averageOrderValue())
                .isEqualTo(Money.of("0.02", "EUR"));
        assertThat(new OrderValue(2, Money.of("0.15", "EUR")).averageOrderValue())
                .isEqualTo(Money.of("0.08", "EUR"));
        assertThat(new OrderValue(2, Money.of("3", "JPY")).averageOrderValue()).isEqualTo(Money.of("2", "JPY"));
    }

    @Test
    void order_values_add_up() {
        OrderValue sum = OrderValue.of(Money.of("1.50", "EUR")).plus(OrderValue.of(Money.of("2.00", "EUR")));

        assertThat(sum).isEqualTo(new OrderValue(2, Money.of("3.50", "EUR")));
    }

    @Test
    void a_report_period_is_half_open_and_not_empty() {
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        Instant to = Instant.parse("2024-02-01T00:00:00Z");
        ReportPeriod period = new ReportPeriod(from, to);

        assertThat(period.contains(from)).isTrue();
        assertThat(period.contains(to.minusMillis(1))).isTrue();
        assertThat(period.contains(to)).isFalse();
        assertThatThrownBy(() -> new ReportPeriod(to, from))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("to");
        assertThatThrownBy(() -> new ReportPeriod(from, from)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ReportPeriod(null, to))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("from");
    }

    @Test
    void the_last_days_end_with_the_utc_day_of_the_instant() {
        DayRange week = DayRange.lastDays(7, Instant.parse("2024-03-10T23:30:00Z"));

        assertThat(week.first()).isEqualTo(LocalDate.parse("2024-03-04"));
        assertThat(week.last()).isEqualTo(LocalDate.parse("2024-03-10"));
        assertThat(week.start()).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2024-03-11T00:00:00Z"));
        assertThat(DayRange.lastDays(1, Instant.parse("2024-03-10T00:00:00Z")).first())
                .isEqualTo(LocalDate.parse("2024-03-10"));
        assertThat(DayRange.lastDays(366, Instant.parse("2024-12-31T12:00:00Z")).first())
                .isEqualTo(LocalDate.parse("2024-01-01"));
    }

    @Test
    void the_last_days_are_1_to_366() {
        Instant now = Instant.parse("2024-03-10T12:00:00Z");
        for (int days : new int[] {0, -1, 367}) {
            assertThatThrownBy(() -> DayRange.lastDays(days, now))
                    .isInstanceOf(ValidationException.class)
                    .extracting("field")
                    .isEqualTo("days");
        }
    }
}
