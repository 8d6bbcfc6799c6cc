package dev.portside.testkit.shared;

import dev.portside.domain.idempotency.IdempotencyStore;
import dev.portside.domain.shared.UnitOfWork;
import java.time.Duration;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryIdempotencyStore store =
            new InMemoryIdempotencyStore(database, retention());
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
