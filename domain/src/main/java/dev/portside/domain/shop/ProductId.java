package dev.portside.domain.shop;

import dev.portside.domain.shared.UuidV7;
import dev.portside.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record ProductId(UUID value) implements Comparable<ProductId> {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId newId() {
        return new ProductId(UuidV7.next());
    }

    /** Parses an id from the API; anything but a UUID is a field-named validation refusal. */
    public static ProductId parse(String field, String text) {
        return new ProductId(Uuids.parse(field, text));
    }

    /** Storage order (PostgreSQL's uuid order), which locking reads follow. */
    @Override
    public int compareTo(ProductId other) {
        return Uuids.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
