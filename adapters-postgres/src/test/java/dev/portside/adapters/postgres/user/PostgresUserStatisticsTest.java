package dev.portside.adapters.postgres.user;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.testkit.user.UserStatisticsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresUserStatisticsTest extends UserStatisticsContract implements OnTestPostgres {

    @Inject
    UserStatistics statistics;

    @Inject
    UserRepository repository;

    @Inject
    UnitOfWork unitOfWork;

    @Override
    protected UserStatistics statistics() {
        return statistics;
    }

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
