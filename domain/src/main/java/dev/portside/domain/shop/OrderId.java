package dev.portside.domain.shop;

import dev.portside.domain.shared.UuidV7;
import dev.portside.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record OrderId(UUID value) implements Comparable<OrderId> {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId newId() {
        return new OrderId(UuidV7.next());
    }

    /** Parses an id from the API; anything but a UUID is a field-named validation refusal. */
    public static OrderId parse(String field, String text) {
        return new OrderId(Uuids.parse(field, text));
    }

    /** Storage order (PostgreSQL's uuid order), which locking reads follow. */
    @Override
    public int compareTo(OrderId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
