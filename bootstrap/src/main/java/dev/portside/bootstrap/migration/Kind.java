package dev.portside.bootstrap.migration;

import java.util.List;
import java.util.UUID;

/**
 * How one dataset moves: load a batch of aggregates by id from a backend, store one on another with
 * its id, and spell it canonically for the checksum. Implementations are in {@link Kinds}.
 */
interface Kind<T> {

    Dataset dataset();

    /** The aggregates with these ids, read inside the backend's unit of work; vanished ids are left out. */
    List<T> load(BackendContext backend, List<UUID> ids);

    UUID idOf(T aggregate);

    /** Stores the aggregate as new (version 0 in, version 1 stored), inside the target's unit of work. */
    void insert(BackendPorts target, T aggregate);

    String canonical(T aggregate);
}
