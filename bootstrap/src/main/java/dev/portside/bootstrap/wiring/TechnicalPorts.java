package dev.portside.bootstrap.wiring;

import dev.portside.domain.shared.Clock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Technical ports that do not depend on the storage backend. */
@Factory
class TechnicalPorts {

    @Singleton
    Clock clock() {
        return Clock.system();
    }
}
