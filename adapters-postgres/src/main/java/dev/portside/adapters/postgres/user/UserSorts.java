package dev.portside.adapters.postgres.user;

import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.user.port.UserSortField;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.Sort.Order.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The port's whitelisted sorts as SQL expressions for a native query, built once. Ties break by id in
 * the same direction. Text compares binary ({@code collate "C"}), as the port defines; a never-set
 * last login is the earliest value ({@code last_login_at is null} first when ascending).
 */
final class UserSorts {

    private static final Map<UserSortField, Map<SortDirection, Sort>> SORTS = new EnumMap<>(UserSortField.class);

    static {
        for (UserSortField field : UserSortField.values()) {
            Map<SortDirection, Sort> byDirection = new EnumMap<>(SortDirection.class);
            for (SortDirection direction : SortDirection.values()) {
                byDirection.put(direction, build(field, direction));
            }
            SORTS.put(field, byDirection);
        }
    }

    private UserSorts() {}

    static Sort of(UserSortField field, SortDirection direction) {
        // built above for every field and direction
        return Objects.requireNonNull(Objects.requireNonNull(SORTS.get(field)).get(direction));
    }

    private static Sort build(UserSortField field, SortDirection direction) {
        boolean asc = direction == SortDirection.ASC;
        Direction sql = asc ? Direction.ASC : Direction.DESC;
        List<Sort.Order> orders = new ArrayList<>();
        switch (field) {
            case CREATED_AT -> orders.add(order("created_at", sql));
            case USERNAME -> orders.add(order("lower(username) collate \"C\"", sql));
            case EMAIL -> orders.add(order("email collate \"C\"", sql));
            case LAST_LOGIN_AT -> {
                orders.add(order("last_login_at is null", asc ? Direction.DESC : Direction.ASC));
                orders.add(order("last_login_at", sql));
            }
        }
        orders.add(order("id", sql));
        return Sort.of(orders);
    }

    private static Sort.Order order(String expression, Direction direction) {
        return new Sort.Order(expression, direction, false);
    }
}
