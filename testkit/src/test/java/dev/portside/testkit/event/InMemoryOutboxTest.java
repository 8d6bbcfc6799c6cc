package dev.portside.testkit.event;

import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.event.port.OutboxFeed;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

class InMemoryOutboxTest extends OutboxContract {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryOutbox outbox = new InMemoryOutbox(database, Clock.system());
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);

    @Override
    protected Outbox outbox() {
        return outbox;
    }

    @Override
    protected OutboxFeed feed() {
        return outbox;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
