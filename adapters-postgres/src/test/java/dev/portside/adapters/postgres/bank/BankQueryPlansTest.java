package dev.portside.adapters.postgres.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import dev.portside.adapters.postgres.testsupport.TestPostgres;
import dev.portside.domain.bank.Account;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.TransferId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.AccountStatements;
import dev.portside.domain.bank.port.LedgerBalances;
import dev.portside.domain.bank.port.StatementCursor;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bank adapters' hot queries, exactly as Micronaut Data sends them (SQL and bound parameters
 * captured by {@link StatementRecorder} while the ports run), explained on tables big enough that the
 * planner would prefer a sequential scan if no index served the query: 20,000 accounts of 4,000
 * owners, about 52,000 transfers (2,000 of them on one busy pair of accounts) and 20,000 deposits,
 * analyzed. No plan may contain a sequential scan; statements must read each direction in index
 * order, with the keyset condition inside the index scan.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BankQueryPlansTest implements OnTestPostgres {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountStatements statements;

    @Inject
    LedgerBalances balances;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    StatementRecorder recorder;

    private Connection connection;
    private UUID busy;
    private UUID partner;
    private UUID owner;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

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
    void find_by_id_uses_the_primary_key() {
        String plan = explainTheOnlyStatement(() -> accounts.findById(new AccountId(busy)));

        assertThat(plan).doesNotContain("Seq Scan").contains("accounts_pkey");
    }

    @Test
    void lock_all_by_id_uses_the_primary_key() {
        String plan = explainTheOnlyStatement(
                () -> accounts.lockAllById(List.of(new AccountId(partner), new AccountId(busy))));

        assertThat(plan).doesNotContain("Seq Scan").contains("LockRows").contains("accounts_pkey");
    }

    @Test
    void a_versioned_update_uses_the_primary_key() {
        Account stored =
                unitOfWork.execute(() -> accounts.findById(new AccountId(busy)).orElseThrow());

        String plan = explainTheOnlyStatement(() -> accounts.save(stored.deposit(Money.of("1", "EUR"))));

        assertThat(plan).doesNotContain("Seq Scan").contains("accounts_pkey");
    }

    @Test
    void find_by_owner_uses_the_owner_index() {
        String plan = explainTheOnlyStatement(() -> accounts.findByOwner(new UserId(owner)));

        assertThat(plan).doesNotContain("Seq Scan").contains("accounts_owner_created_idx");
    }

    @Test
    void the_first_statement_slice_reads_both_directions_in_index_order() {
        String plan = explainTheOnlyStatement(() -> statements.statement(new AccountId(busy), 20, Optional.empty()));

        assertThat(plan)
                .doesNotContain("Seq Scan")
                .doesNotContain("Sort  (")
                .contains("Merge Append")
                .contains("Index Scan using transfers_from_created_idx")
                .contains("Index Scan using transfers_to_created_idx");
    }

    @Test
    void a_statement_slice_after_a_cursor_seeks_in_the_index() {
        StatementCursor cursor =
                new StatementCursor(Instant.parse("2025-04-01T00:10:00Z"), new TransferId(UUID.randomUUID()));

        String plan = explainTheOnlyStatement(() -> statements.statement(new AccountId(busy), 20, Optional.of(cursor)));

        assertThat(plan)
                .doesNotContain("Seq Scan")
                .doesNotContain("Sort  (")
                .contains("Index Scan using transfers_from_created_idx")
                .contains("Index Scan using transfers_to_created_idx");
        // the keyset condition bounds the index scans instead of filtering rows they already read
        assertThat(plan.lines().filter(line -> line.contains("Index Cond") && line.contains("ROW(created_at, id) <")))
                .hasSize(2);
    }

    @Test
    void ledger_balances_of_a_set_of_accounts_read_only_their_entries_through_indexes() {
        String plan = explainTheOnlyStatement(
                () -> balances.ledgerBalances(List.of(new AccountId(busy), new AccountId(partner), AccountId.newId())));

        assertThat(plan)
                .doesNotContain("Seq Scan")
                .contains("deposits_account_idx")
                .contains("transfers_from_created_idx")
                .contains("transfers_to_created_idx");
    }

    /** Runs a port call in a unit of work and explains the one statement it sent. */
    private String explainTheOnlyStatement(Supplier<?> work) {
        List<StatementRecorder.Executed> sent = unitOfWork.execute(() -> {
            recorder.clear();
            work.get();
            return recorder.executed();
        });
        assertThat(sent).as(QueryPlans.describe(sent)).hasSize(1);
        return QueryPlans.explain(sent.get(0));
    }
}
