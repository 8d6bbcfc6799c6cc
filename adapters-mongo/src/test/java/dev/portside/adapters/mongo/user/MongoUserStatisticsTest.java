package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.testkit.user.UserStatisticsContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoUserStatisticsTest extends UserStatisticsContract implements OnTestMongo {

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
