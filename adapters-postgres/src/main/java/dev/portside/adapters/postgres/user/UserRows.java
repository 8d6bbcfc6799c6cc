package dev.portside.adapters.postgres.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code users} table. Uniqueness is the unique indexes' job (V2__users.sql).
 *
 * <p>Searches: each optional filter is {@code null} when absent; PostgreSQL plans every execution with
 * the bound values, so an absent filter drops out of the plan and a given {@code q} reaches the four
 * trigram indexes. Sorts are whitelisted, one method per sort and direction, ties by id in the same
 * direction; text compares binary ({@code collate "C"}) as the port defines; a never-set last login is
 * the earliest value.
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
    String SEARCH = "select * from users" + MATCHING;
    String PAGE = " limit :size offset :offset";

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
    int updateIfVersion(UUID id, long version, String username, String email, String passwordHash,
                        @Nullable String firstName, @Nullable String lastName, @Nullable String bio, String[] roles,
                        String status, Instant createdAt, @Nullable Instant lastLoginAt, int failedLoginAttempts,
                        @Nullable Instant lockedUntil);

    @Query("select count(*) from users" + MATCHING)
    long countMatching(@Nullable String pattern, @Nullable String status);

    @Query(SEARCH + " order by created_at asc, id asc" + PAGE)
    List<UserRow> searchByCreatedAtAsc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by created_at desc, id desc" + PAGE)
    List<UserRow> searchByCreatedAtDesc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by lower(username) collate \"C\" asc, id asc" + PAGE)
    List<UserRow> searchByUsernameAsc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by lower(username) collate \"C\" desc, id desc" + PAGE)
    List<UserRow> searchByUsernameDesc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by email collate \"C\" asc, id asc" + PAGE)
    List<UserRow> searchByEmailAsc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by email collate \"C\" desc, id desc" + PAGE)
    List<UserRow> searchByEmailDesc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by last_login_at asc nulls first, id asc" + PAGE)
    List<UserRow> searchByLastLoginAtAsc(@Nullable String pattern, @Nullable String status, int size, long offset);

    @Query(SEARCH + " order by last_login_at desc nulls last, id desc" + PAGE)
    List<UserRow> searchByLastLoginAtDesc(@Nullable String pattern, @Nullable String status, int size, long offset);

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
