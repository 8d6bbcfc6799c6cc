package dev.portside.testkit.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.domain.user.port.UserStatistics;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

class InMemoryUserStatisticsTest extends UserStatisticsContract {

    private static final InMemoryDatabase DATABASE = new InMemoryDatabase();
    private static final InMemoryUserRepository REPOSITORY = new InMemoryUserRepository(DATABASE);
    private static final InMemoryUserStatistics STATISTICS = new InMemoryUserStatistics(REPOSITORY);
    private static final InMemoryUnitOfWork UNIT_OF_WORK = new InMemoryUnitOfWork(DATABASE);

    @Override
    protected UserStatistics statistics() {
        return STATISTICS;
    }

    @Override
    protected UserRepository repository() {
        return REPOSITORY;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return UNIT_OF_WORK;
    }
}
