package dev.portside.testkit.bank;

import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryAccountRepository repository = new InMemoryAccountRepository(database);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);

    @Override
    protected AccountRepository repository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
