package dev.portside.adapters.postgres.shop;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The {@code order_items} table. Lines are written once, with their order, in one batch; they never change. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderItemRows extends GenericRepository<OrderItemRow, OrderItemKey> {

    void saveAll(List<OrderItemRow> rows);
}
