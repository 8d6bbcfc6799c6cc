package dev.portside.testkit.shared;

import dev.portside.domain.shared.TransientStorageException;
import dev.portside.domain.shared.UnitOfWork;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryStore<String, String> markers = new InMemoryStore<>(database);
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected void writeMarker(String marker) {
        markers.put(marker, marker);
    }

    @Override
    protected boolean isCommitted(String marker) {
        return database.atomically(() -> markers.get(marker).isPresent());
    }

    @Override
    protected RuntimeException transientFailure() {
        return new TransientStorageException("simulated serialization failure", null);
    }

    @Override
    protected int maxAttempts() {
        return InMemoryUnitOfWork.DEFAULT_MAX_ATTEMPTS;
    }
}
