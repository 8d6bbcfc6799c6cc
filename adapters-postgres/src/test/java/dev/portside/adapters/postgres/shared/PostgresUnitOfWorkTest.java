package dev.portside.adapters.postgres.shared;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.testkit.shared.UnitOfWorkContract;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** The unit-of-work contract on real PostgreSQL transactions. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUnitOfWorkTest extends UnitOfWorkContract implements OnTestPostgres {

    @Inject
    TransactionOperations<Connection> transactions;

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
