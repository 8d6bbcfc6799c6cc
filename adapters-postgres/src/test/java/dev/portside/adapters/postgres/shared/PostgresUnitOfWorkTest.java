package dev.portside.adapters.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.testkit.shared.UnitOfWorkContract;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The unit-of-work contract on real PostgreSQL transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUnitOfWorkTest extends UnitOfWorkContract implements OnTestPostgres {

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    ConnectionOperations<Connection> connections;

    @BeforeAll
    void createProbeTable() {
        transactions.executeWrite(status -> {
            try (Statement ddl = status.getConnection().createStatement()) {
                ddl.execute("create table if not exists uow_probe (marker text primary key)");
                return null;
            } catch (SQLException e) {
                throw new DataAccessException("probe table", e);
            }
        });
    }

    @Test
    void a_read_sends_its_statements_outside_a_transaction() {
        List<String> transactionIds = unitOfWork().read(this::transactionIdsOfTwoStatements);

        assertThat(transactionIds)
                .as("each statement in a transaction of its own")
                .doesNotHaveDuplicates();
    }

    @Test
    void a_unit_that_writes_sends_its_statements_in_one_transaction() {
        List<String> transactionIds = unitOfWork().execute(this::transactionIdsOfTwoStatements);

        assertThat(transactionIds).as("both statements in one transaction").containsOnly(transactionIds.get(0));
    }

    /** Runs two statements on the unit's connection, each asking the server for its transaction's id. */
    private List<String> transactionIdsOfTwoStatements() {
        Connection connection = connections.getConnectionStatus().getConnection();
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < 2; i++) {
                try (ResultSet row = statement.executeQuery("select pg_current_xact_id()::text")) {
                    row.next();
                    ids.add(row.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new DataAccessException("probe failed", e);
        }
    }

    @Override
    protected void writeMarker(String marker) {
        try (PreparedStatement insert =
                transactions.getConnection().prepareStatement("insert into uow_probe (marker) values (?)")) {
            insert.setString(1, marker);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException("probe insert failed", e);
        }
    }

    @Override
    protected boolean isCommitted(String marker) {
        return transactions.executeRead(status -> {
            try (PreparedStatement select =
                    status.getConnection().prepareStatement("select 1 from uow_probe where marker = ?")) {
                select.setString(1, marker);
                try (ResultSet row = select.executeQuery()) {
                    return row.next();
                }
            } catch (SQLException e) {
                throw new DataAccessException("probe select failed", e);
            }
        });
    }

    @Override
    protected RuntimeException transientFailure() {
        return new DataAccessException(
                "simulated", new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE));
    }

    @Override
    protected int maxAttempts() {
        return 5;
    }
}
