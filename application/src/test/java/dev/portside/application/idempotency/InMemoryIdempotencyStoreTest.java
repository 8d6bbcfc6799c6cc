package dev.portside.application.idempotency;

import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import java.time.Duration;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(database, retention());
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected Duration retention() {
        return Duration.ofHours(24);
    }
}
