package dev.portside.application.shop;

import dev.portside.application.shared.Actor;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Order;
import dev.portside.domain.shop.port.OrderRepository;
import dev.portside.domain.shop.port.OrderSearch;
import dev.portside.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

public final class ListOrdersService implements ListOrders {

    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;

    public ListOrdersService(OrderRepository orders, UnitOfWork unitOfWork) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Page<Order> list(ListOrdersQuery query) {
        OrderSearch search = new OrderSearch(customerFilter(query), query.status());
        return unitOfWork.read(() -> orders.search(search, query.page()));
    }

    private static Optional<UserId> customerFilter(ListOrdersQuery query) {
        Actor actor = query.actor();
        if (actor.isAdmin()) {
            return query.customer();
        }
        if (query.customer().filter(customer -> !actor.is(customer)).isPresent()) {
            throw DomainException.forbidden("only admins list other customers' orders");
        }
        return Optional.of(actor.id());
    }
}
