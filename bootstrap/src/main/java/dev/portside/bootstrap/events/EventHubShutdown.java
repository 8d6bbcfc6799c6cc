package dev.portside.bootstrap.events;

import dev.portside.application.event.EventHub;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanRegistration;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;

/**
 * Ends every open stream with {@code service_stopping} when the service shuts down, before the HTTP
 * server closes its connections, so subscribers learn to reconnect (and resume) rather than seeing a
 * cut. The hub's own pre-destroy close comes too late for that: by then the server has stopped.
 * A hub nobody subscribed to was never created and is not created here.
 */
@Singleton
class EventHubShutdown implements ApplicationEventListener<ShutdownEvent> {

    private final ApplicationContext context;

    EventHubShutdown(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        for (BeanRegistration<EventHub> started : context.getActiveBeanRegistrations(EventHub.class)) {
            started.getBean().close();
        }
    }
}
