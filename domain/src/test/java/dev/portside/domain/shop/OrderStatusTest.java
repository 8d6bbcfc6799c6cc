package dev.portside.domain.shop;

import static dev.portside.domain.shop.OrderStatus.CANCELLED;
import static dev.portside.domain.shop.OrderStatus.DELIVERED;
import static dev.portside.domain.shop.OrderStatus.PENDING;
import static dev.portside.domain.shop.OrderStatus.PROCESSING;
import static dev.portside.domain.shop.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.ErrorCode;
import dev.portside.domain.shared.ValidationException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStatusTest {

    /** The whole machine, written out independently of the implementation. */
    private static final Map<OrderStatus, Set<OrderStatus>> LEGAL = Map.of(
            PENDING, Set.of(PROCESSING, CANCELLED),
            PROCESSING, Set.of(SHIPPED),
            SHIPPED, Set.of(DELIVERED),
            DELIVERED, Set.of(),
            CANCELLED, Set.of());

    static Stream<Arguments> everyPair() {
        return Stream.of(OrderStatus.values())
                .flatMap(from -> Stream.of(OrderStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void allows_exactly_the_documented_transitions(OrderStatus from, OrderStatus to) {
        if (LEGAL.get(from).contains(to)) {
            assertThat(from.canBecome(to)).isTrue();
            assertThat(from.requireTransitionTo(to)).isEqualTo(to);
        } else {
            assertThat(from.canBecome(to)).isFalse();
            assertThatThrownBy(() -> from.requireTransitionTo(to))
                    .isInstanceOf(DomainException.class)
                    .extracting("errorCode")
                    .isEqualTo(ErrorCode.ILLEGAL_STATUS_TRANSITION);
        }
    }

    @Test
    void delivered_and_cancelled_are_final() {
        assertThat(DELIVERED.next()).isEmpty();
        assertThat(CANCELLED.next()).isEmpty();
    }

    @Test
    void parses_the_api_spelling_ignoring_case() {
        assertThat(OrderStatus.parse("SHIPPED")).isEqualTo(SHIPPED);
        assertThat(OrderStatus.parse("processing")).isEqualTo(PROCESSING);
        assertThatThrownBy(() -> OrderStatus.parse("LOST"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("status");
        assertThatThrownBy(() -> OrderStatus.parse(null)).isInstanceOf(ValidationException.class);
    }
}
