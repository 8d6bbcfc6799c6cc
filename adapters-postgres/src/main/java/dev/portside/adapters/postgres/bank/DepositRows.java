package dev.portside.adapters.postgres.bank;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

/** The {@code deposits} table: append only; recording a deposit twice fails on its key. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DepositRows extends GenericRepository<DepositRow, UUID> {

    DepositRow save(DepositRow deposit);
}
