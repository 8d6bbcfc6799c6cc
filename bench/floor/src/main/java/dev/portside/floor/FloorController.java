package dev.portside.floor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The two benchmarked endpoints and a health check, with nothing else around them: no security,
 * validation, idempotency, metrics or outbox (bench/floor/README.md). JDBC runs on the blocking pool,
 * as the service's controllers do (ADR 18).
 */
@Controller
class FloorController {

    // bench/http/transfer.sql, statement by statement: accounts are numbered in bench_http.account_ids
    // (ascending id order), both rows are locked in ascending order, then two updates and the ledger entry
    private static final String LOCK = "SELECT id, owner_id, currency, balance, status, created_at, version"
            + " FROM accounts WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = ?) FOR UPDATE";
    private static final String DEBIT = "UPDATE accounts SET balance = balance - ?, version = version + 1"
            + " WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = ?)";
    private static final String CREDIT = "UPDATE accounts SET balance = balance + ?, version = version + 1"
            + " WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = ?)";
    // RETURNING: the answer carries the new row's id
    private static final String INSERT = "INSERT INTO transfers"
            + " (id, from_account_id, to_account_id, amount, currency, reference, created_at)"
            + " VALUES (gen_random_uuid(), (SELECT id FROM bench_http.account_ids WHERE n = ?),"
            + " (SELECT id FROM bench_http.account_ids WHERE n = ?), ?, 'EUR', NULL, now()) RETURNING id";
    // every column of Portside's users table (V2__users.sql), as the service's findById reads them
    private static final String USER = "SELECT id, username, email, password_hash, first_name, last_name, bio,"
            + " roles, status, created_at, last_login_at, failed_login_attempts, locked_until, version"
            + " FROM users WHERE id = ?";

    private final DataSource dataSource;

    FloorController(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Get(uri = "/health", produces = MediaType.APPLICATION_JSON)
    String health() {
        return "{\"status\":\"UP\"}";
    }

    @Post("/transfers")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<TransferResponse> transfer(@Body TransferRequest request) throws SQLException {
        long from = request.from();
        long to = request.to();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection, Math.min(from, to)) || !lock(connection, Math.max(from, to))) {
                    connection.rollback();
                    return HttpResponse.notFound();
                }
                update(connection, DEBIT, request.amount(), from);
                update(connection, CREDIT, request.amount(), to);
                UUID id;
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setLong(1, from);
                    insert.setLong(2, to);
                    insert.setBigDecimal(3, request.amount());
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id = rows.getObject(1, UUID.class);
                    }
                }
                connection.commit();
                return HttpResponse.created(new TransferResponse(id, from, to, request.amount()));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    @Get("/users/{id}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<UserResponse> user(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(USER)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return HttpResponse.notFound();
                }
                Array roles = row.getArray("roles");
                return HttpResponse.ok(new UserResponse(
                        row.getObject("id", UUID.class),
                        row.getString("username"),
                        row.getString("email"),
                        row.getString("first_name"),
                        row.getString("last_name"),
                        row.getString("bio"),
                        Arrays.asList((String[]) roles.getArray()),
                        row.getString("status"),
                        instant(row, "created_at"),
                        instant(row, "last_login_at")));
            }
        }
    }

    private static boolean lock(Connection connection, long account) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK)) {
            select.setLong(1, account);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void update(Connection connection, String sql, BigDecimal amount, long account)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setBigDecimal(1, amount);
            update.setLong(2, account);
            update.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** {@code {"from": 1, "to": 2, "amount": "1.23"}}: account numbers of bench_http.account_ids. */
    @Serdeable
    record TransferRequest(long from, long to, BigDecimal amount) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TransferResponse(UUID id, long from, long to, BigDecimal amount) {}

    /** The fields of the service's UserResponse, nulls included as there (never the hash nor the lockout columns). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record UserResponse(
            UUID id,
            String username,
            String email,
            String firstName,
            String lastName,
            String bio,
            List<String> roles,
            String status,
            Instant createdAt,
            Instant lastLoginAt) {}
}
