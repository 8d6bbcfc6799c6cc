package dev.portside.adapters.postgres.bank;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code accounts} table. Locking reads lock in ascending id order, the order
 * {@code AccountId#compareTo} uses, so concurrent opposite transfers queue instead of deadlocking.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRows extends GenericRepository<AccountRow, UUID> {

    Optional<AccountRow> findById(UUID id);

    // reaches the owner's rows through accounts_owner_created_idx (owner_id, created_at, id)
    @Query("select * from accounts where owner_id = :ownerId order by created_at, id")
    List<AccountRow> findByOwnerId(UUID ownerId);

    // one array parameter, so the statement text never varies; as an OBJECT, pgjdbc binds the UUID[]
    // as uuid[] (Micronaut Data has no uuid[] data type)
    @Query("select * from accounts where id = any(:ids) order by id for update")
    List<AccountRow> lockAllById(@TypeDef(type = DataType.OBJECT) UUID[] ids);

    // an existing id inserts nothing instead of failing, so the transaction stays usable; 0 rows tells
    @Query("""
            insert into accounts (id, owner_id, currency, balance, status, created_at, version)
            values (:id, :ownerId, :currency, :balance, :status, :createdAt, 1)
            on conflict (id) do nothing
            """)
    int insertIfAbsent(UUID id, UUID ownerId, String currency, BigDecimal balance, String status, Instant createdAt);

    @Query("""
            update accounts set balance = :balance, status = :status, version = version + 1
             where id = :id and version = :version
            """)
    int updateIfVersion(UUID id, long version, BigDecimal balance, String status);

    // several accounts' updates in one statement: row i of the arrays is one account; an account
    // whose version moved on is left out, so fewer rows than ids tells a conflict. Balances travel as
    // text (exact decimal strings) and are cast, since pgjdbc has no BigDecimal[] binding.
    @Query("""
            update accounts a set balance = v.balance, status = v.status, version = a.version + 1
              from unnest(:ids, :versions, cast(:balances as numeric[]), :statuses)
                   as v(id, version, balance, status)
             where a.id = v.id and a.version = v.version
            """)
    int updateAllIfVersion(
            @TypeDef(type = DataType.OBJECT) UUID[] ids,
            @TypeDef(type = DataType.OBJECT) long[] versions,
            @TypeDef(type = DataType.OBJECT) String[] balances,
            @TypeDef(type = DataType.OBJECT) String[] statuses);
}
