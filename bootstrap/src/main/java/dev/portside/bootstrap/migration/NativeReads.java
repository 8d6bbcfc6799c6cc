package dev.portside.bootstrap.migration;

import dev.portside.domain.bank.Deposit;
import dev.portside.domain.bank.Transfer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The few reads the domain ports do not offer and a migration needs: every id of a dataset in the
 * store's own key order (for batches and a resumable checkpoint), which ids already exist, and the
 * ledger entries, which no port reads back one by one. Everything else goes through the ports.
 * Methods run inside the backend's unit of work.
 */
interface NativeReads {

    /** Up to {@code limit} ids after {@code after} (exclusive) in ascending key order. */
    List<UUID> idsAfter(Dataset dataset, Optional<UUID> after, int limit);

    /** Which of these ids the dataset already holds. */
    Set<UUID> existing(Dataset dataset, Collection<UUID> ids);

    long count(Dataset dataset);

    /** How many ids come up to and including {@code last} in key order: where a resumed run stands. */
    long countUpTo(Dataset dataset, UUID last);

    List<Deposit> deposits(Collection<UUID> ids);

    List<Transfer> transfers(Collection<UUID> ids);
}
