package dev.portside.adapters.postgres.bank;

import dev.portside.adapters.postgres.shared.Jdbc;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bank adapters' hot queries, exactly as they run (same SQL text, bound parameters), explained on
 * tables big enough that the planner would prefer a sequential scan if no index served the query:
 * 20,000 accounts of 4,000 owners, about 52,000 transfers (2,000 of them on one busy pair of accounts)
 * and 20,000 deposits, analyzed. No plan may contain a sequential scan; statements must read each
 * direction in index order, with the keyset condition inside the index scan.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BankQueryPlansTest implements OnTestPostgres {

    private Connection connection;
    private UUID busy;
    private UUID partner;
    private UUID owner;

    @BeforeAll
    void fillTables() throws SQLException {
        // the Micronaut context has run Flyway by now; a plain connection sees the same database
        connection = TestPostgres.database().connect();
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create temporary table plan_accounts as
                    select g as n, md5('%1$s-account-' || g)::uuid as id, md5('%1$s-owner-' || (g %% 4000))::uuid as owner
                      from generate_series(1, 20000) g
                    """.formatted(prefix));
            sql.execute("""
                    insert into accounts (id, owner_id, currency, balance, status, created_at, version)
                    select id, owner, 'EUR', 1000, 'OPEN', timestamptz '2025-01-01' + n * interval '1 minute', 1
                      from plan_accounts
                    """);
            sql.execute("""
                    insert into transfers (id, from_account_id, to_account_id, amount, currency, reference, created_at)
                    select gen_random_uuid(), a.id, b.id, 1, 'EUR', null, timestamptz '2025-03-01' + g * interval '1 second'
                      from generate_series(1, 50000) g
                      join plan_accounts a on a.n = 1 + (g::bigint * 7919) % 20000
                      join plan_accounts b on b.n = 1 + (g::bigint * 104729 + 1) % 20000
                     where a.id <> b.id
                    """);
            sql.execute("""
                    insert into transfers (id, from_account_id, to_account_id, amount, currency, reference, created_at)
                    select gen_random_uuid(), case when g % 2 = 0 then a.id else b.id end,
                           case when g % 2 = 0 then b.id else a.id end, 1, 'EUR', 'busy', timestamptz '2025-04-01' + g * interval '1 second'
                      from generate_series(1, 2000) g
                      join plan_accounts a on a.n = 1
                      join plan_accounts b on b.n = 2
                    """);
            sql.execute("""
                    insert into deposits (id, account_id, amount, currency, created_at)
                    select gen_random_uuid(), id, 5, 'EUR', timestamptz '2025-02-01' + n * interval '1 second'
                      from plan_accounts
                    """);
            sql.execute("analyze accounts");
            sql.execute("analyze transfers");
            sql.execute("analyze deposits");
            try (ResultSet row = sql.executeQuery("select id, owner from plan_accounts where n in (1, 2) order by n")) {
                row.next();
                busy = row.getObject("id", UUID.class);
                owner = row.getObject("owner", UUID.class);
                row.next();
                partner = row.getObject("id", UUID.class);
            }
        }
    }

    @AfterAll
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void find_by_id_uses_the_primary_key() throws SQLException {
        String plan = explain(PostgresAccountRepository.FIND_BY_ID, statement -> statement.setObject(1, busy));

        assertThat(plan).doesNotContain("Seq Scan").contains("accounts_pkey");
    }

    @Test
    void lock_all_by_id_uses_the_primary_key() throws SQLException {
        String plan = explain(PostgresAccountRepository.LOCK_ALL_BY_ID,
                statement -> statement.setArray(1, uuids(partner, busy)));

        assertThat(plan).doesNotContain("Seq Scan").contains("LockRows").contains("accounts_pkey");
    }

    @Test
    void a_versioned_update_uses_the_primary_key() throws SQLException {
        String plan = explain(PostgresAccountRepository.UPDATE, statement -> {
            statement.setBigDecimal(1, BigDecimal.TEN);
            statement.setString(2, "OPEN");
            statement.setObject(3, busy);
            statement.setLong(4, 1);
        });

        assertThat(plan).doesNotContain("Seq Scan").contains("accounts_pkey");
    }

    @Test
    void find_by_owner_uses_the_owner_index() throws SQLException {
        String plan = explain(PostgresAccountRepository.FIND_BY_OWNER, statement -> statement.setObject(1, owner));

        assertThat(plan).doesNotContain("Seq Scan").contains("accounts_owner_created_idx");
    }

    @Test
    void the_first_statement_slice_reads_both_directions_in_index_order() throws SQLException {
        String plan = explain(PostgresAccountStatements.FIRST_SLICE, statement -> {
            statement.setObject(1, busy);
            statement.setInt(2, 21);
            statement.setObject(3, busy);
            statement.setInt(4, 21);
            statement.setInt(5, 21);
        });

        assertThat(plan).doesNotContain("Seq Scan").doesNotContain("Sort  (")
                .contains("Merge Append")
                .contains("Index Scan using transfers_from_created_idx")
                .contains("Index Scan using transfers_to_created_idx");
    }

    @Test
    void a_statement_slice_after_a_cursor_seeks_in_the_index() throws SQLException {
        String plan = explain(PostgresAccountStatements.NEXT_SLICE, statement -> {
            int index = 1;
            for (int branch = 0; branch < 2; branch++) {
                statement.setObject(index++, busy);
                statement.setObject(index++, OffsetDateTime.parse("2025-04-01T00:10:00Z"));
                statement.setObject(index++, UUID.randomUUID());
                statement.setInt(index++, 21);
            }
            statement.setInt(index, 21);
        });

        assertThat(plan).doesNotContain("Seq Scan").doesNotContain("Sort  (")
                .contains("Index Scan using transfers_from_created_idx")
                .contains("Index Scan using transfers_to_created_idx");
        // the keyset condition bounds the index scans instead of filtering rows they already read
        assertThat(plan.lines().filter(line -> line.contains("Index Cond") && line.contains("ROW(created_at, id) <")))
                .hasSize(2);
    }

    @Test
    void ledger_balances_of_a_set_of_accounts_read_only_their_entries_through_indexes() throws SQLException {
        String plan = explain(PostgresLedgerBalances.BALANCES, statement -> {
            Array ids = uuids(busy, partner, UUID.randomUUID());
            statement.setArray(1, ids);
            statement.setArray(2, ids);
            statement.setArray(3, ids);
        });

        assertThat(plan).doesNotContain("Seq Scan")
                .contains("deposits_account_idx")
                .contains("transfers_from_created_idx")
                .contains("transfers_to_created_idx");
    }

    private String explain(String sql, Jdbc.Binder binder) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain (format text) " + sql)) {
            binder.bind(explain);
            try (ResultSet rows = explain.executeQuery()) {
                Stream.Builder<String> lines = Stream.builder();
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
                return lines.build().collect(Collectors.joining("\n"));
            }
        }
    }

    private Array uuids(UUID... ids) throws SQLException {
        return connection.createArrayOf("uuid", ids);
    }
}
