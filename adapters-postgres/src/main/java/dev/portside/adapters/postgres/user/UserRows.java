package dev.portside.adapters.postgres.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code users} table. Uniqueness is the unique indexes' job (V2__users.sql).
 *
 * <p>Search: each optional filter is {@code null} when absent; a plan made for the bound values drops
 * an absent filter, and a given {@code q} reaches the four trigram indexes (ADR 13 says when
 * PostgreSQL plans otherwise). The whitelisted sort comes as a {@link io.micronaut.data.model.Sort} of SQL
 * expressions, appended to the native query verbatim (see {@code UserSorts}); the page as
 * {@code limit}/{@code offset}; the count is a second statement.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRows extends GenericRepository<UserRow, UUID> {

    // emails are stored lower-case; the pattern is lower-cased with its wildcards escaped
    String MATCHING = """
             where (cast(:pattern as text) is null
                    or lower(username) like :pattern or email like :pattern
                    or lower(first_name) like :pattern or lower(last_name) like :pattern)
               and (cast(:status as text) is null or status = :status)
            """;

    Optional<UserRow> findById(UUID id);

    @Query("select * from users where lower(username) = :canonical")
    Optional<UserRow> findByCanonicalUsername(String canonical);

    Optional<UserRow> findByEmail(String email);

    // the version is the row's: a repeated insert of a stored id fails on users_pkey
    UserRow save(UserRow user);

    @Query("""
            update users
               set username = :username, email = :email, password_hash = :passwordHash, first_name = :firstName,
                   last_name = :lastName, bio = :bio, roles = :roles, status = :status, created_at = :createdAt,
                   last_login_at = :lastLoginAt, failed_login_attempts = :failedLoginAttempts,
                   locked_until = :lockedUntil, version = version + 1
             where id = :id and version = :version
            """)
    int updateIfVersion(
            UUID id,
            long version,
            String username,
            String email,
            String passwordHash,
            @Nullable String firstName,
            @Nullable String lastName,
            @Nullable String bio,
            String[] roles,
            String status,
            Instant createdAt,
            @Nullable Instant lastLoginAt,
            int failedLoginAttempts,
            @Nullable Instant lockedUntil);

    @Query(
            value = "select * from users" + MATCHING,
            countQuery = "select count(*) from users" + MATCHING,
            nativeQuery = true)
    Page<UserRow> search(@Nullable String pattern, @Nullable String status, Pageable pageable);

    @Query("""
            select status,
                   count(*) as users,
                   count(*) filter (where status = 'ACTIVE' and last_login_at between :from and :to)
                       as recently_active
              from users
             group by status
            """)
    List<UserStatusCountRow> countByStatus(Instant from, Instant to);
}
