package dev.portside.adapters.postgres.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.application.shared.StorageProbe;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The readiness probe against the real pool, outside any transaction (as the readiness thread calls it). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresStorageProbeTest implements OnTestPostgres {

    @Inject
    StorageProbe probe;

    @Test
    void a_reachable_server_answers_the_probe() {
        assertThatCode(probe::ping).doesNotThrowAnyException();
    }

    @Test
    void an_unreachable_server_fails_the_probe() {
        com.zaxxer.hikari.HikariDataSource closed = new com.zaxxer.hikari.HikariDataSource();
        closed.setJdbcUrl("jdbc:postgresql://127.0.0.1:1/none");
        closed.setConnectionTimeout(250);
        closed.setInitializationFailTimeout(-1);
        try {
            assertThatThrownBy(new PostgresStorageProbe(closed)::ping).isInstanceOf(DataAccessException.class);
        } finally {
            closed.close();
        }
    }
}
