package dev.portside.bootstrap.observability;

import dev.portside.adapters.storage.RetryingUnitOfWork;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Attributes the statements of a before-commit action to the driven port call that registered it: the
 * outbox insert, the last statement of an event-writing unit, is registered by the first
 * {@code Outbox.append} of the unit and runs when the unit's work has returned, outside any port call.
 * Without this the statement log, the slow-query log and its counter would name it {@code none}, like
 * Flyway's statements, although it is the unit's last write, and one a slow or locked outbox table
 * holds up (ADR 21). Per registered action one small allocation; the port's timer does not time the action.
 */
@Singleton
final class BeforeCommitAttribution implements BeanCreatedEventListener<UnitOfWork> {

    @Override
    public UnitOfWork onCreated(BeanCreatedEvent<UnitOfWork> event) {
        if (event.getBean() instanceof RetryingUnitOfWork unit) {
            unit.decorateBeforeCommit(PortCall::carriedInto);
        }
        return event.getBean();
    }
}
