package dev.portside.adapters.postgres.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.adapters.postgres.testsupport.QueryPlans;
import dev.portside.adapters.postgres.testsupport.StatementRecorder;
import dev.portside.domain.shared.PageRequest;
import dev.portside.domain.shared.SortDirection;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.EmailAddress;
import dev.portside.domain.user.User;
import dev.portside.domain.user.Username;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserSearch;
import dev.portside.domain.user.port.UserSortField;
import dev.portside.testkit.user.UserMother;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hot user queries use their indexes: 50,000 seeded users, ANALYZE, then EXPLAIN of the statements
 * the repository really executed (captured with their parameters), failing on a sequential scan.
 *
 * <p>Why 50,000: a trigram GIN scan has a high fixed cost estimate, so on 20,000 short rows (a 4 MB
 * table) PostgreSQL rightly prefers reading the whole table for {@code like '%q%'}; from about 50,000
 * rows on it picks the four trigram indexes. Seeding takes a few seconds.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserQueryPlansTest implements OnTestPostgres {

    private static final int SEEDED = 50_000;

    @Inject
    UserRepository repository;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    StatementRecorder recorder;

    private User known;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(OnTestPostgres.super.getProperties());
        properties.put(StatementRecorder.ENABLED, "true");
        return properties;
    }

    @BeforeAll
    void seed() {
        QueryPlans.run("""
                insert into users (id, username, email, password_hash, first_name, last_name, roles, status,
                                   created_at, last_login_at, failed_login_attempts, version)
                select gen_random_uuid(),
                       'plan_' || substr(md5(i::text), 1, 20),
                       'plan_' || md5(i::text) || '@example.test',
                       'hash',
                       initcap(substr(md5('first' || i), 1, 12)),
                       initcap(substr(md5('last' || i), 1, 12)),
                       array['USER'],
                       case when mod(i, 10) = 0 then 'DELETED' else 'ACTIVE' end,
                       timestamptz '2024-01-01' + i * interval '1 minute',
                       case when mod(i, 3) = 0 then null else timestamptz '2024-06-01' + i * interval '1 minute' end,
                       0, 1
                  from generate_series(1, %d) as i
                """.formatted(SEEDED), "analyze users");
        known = unitOfWork.execute(() -> repository.save(UserMother.aUser()
                .withUsername("Planned-" + UserMother.uniqueSuffix())
                .withProfile("Ada", "Lovelace", null)
                .build()));
    }

    @Test
    void search_by_q_uses_the_trigram_indexes() {
        List<StatementRecorder.Executed> statements = record(() -> repository.search(
                UserSearch.of("lovelace", null),
                new PageRequest<>(0, 20, UserSortField.CREATED_AT, SortDirection.DESC)));

        assertThat(statements).as(QueryPlans.describe(statements)).hasSize(2);
        for (StatementRecorder.Executed statement : statements) {
            assertThat(QueryPlans.explain(statement))
                    .doesNotContain("Seq Scan")
                    .contains(
                            "users_username_trgm", "users_email_trgm", "users_first_name_trgm", "users_last_name_trgm");
        }
    }

    @Test
    void find_by_username_uses_the_unique_index() {
        List<StatementRecorder.Executed> statements = record(() ->
                repository.findByUsername(new Username(known.username().value().toUpperCase())));

        assertThat(statements).hasSize(1);
        assertThat(QueryPlans.explain(statements.get(0)))
                .doesNotContain("Seq Scan")
                .contains("users_username_unique");
    }

    @Test
    void find_by_email_uses_the_unique_index() {
        List<StatementRecorder.Executed> statements = record(
                () -> repository.findByEmail(new EmailAddress(known.email().value())));

        assertThat(statements).hasSize(1);
        assertThat(QueryPlans.explain(statements.get(0)))
                .doesNotContain("Seq Scan")
                .contains("users_email_unique");
    }

    @Test
    void find_by_id_uses_the_primary_key() {
        List<StatementRecorder.Executed> statements = record(() -> repository.findById(known.id()));

        assertThat(statements).hasSize(1);
        assertThat(QueryPlans.explain(statements.get(0)))
                .doesNotContain("Seq Scan")
                .contains("users_pkey");
    }

    private List<StatementRecorder.Executed> record(Runnable work) {
        return unitOfWork.execute(() -> {
            recorder.clear();
            work.run();
            return recorder.executed();
        });
    }
}
