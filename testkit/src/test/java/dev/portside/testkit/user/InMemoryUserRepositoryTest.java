package dev.portside.testkit.user;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    // one database for the whole class, like a real adapter's: the contract must not need an empty store
    private static final InMemoryDatabase DATABASE = new InMemoryDatabase();
    private static final InMemoryUserRepository REPOSITORY = new InMemoryUserRepository(DATABASE);
    private static final InMemoryUnitOfWork UNIT_OF_WORK = new InMemoryUnitOfWork(DATABASE);

    @Override
    protected UserRepository repository() {
        return REPOSITORY;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return UNIT_OF_WORK;
    }
}
