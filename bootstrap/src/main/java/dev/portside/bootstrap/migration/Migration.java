package dev.portside.bootstrap.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Copies every dataset from one backend to the other through their ports, batch by batch: a batch of
 * ids in the source's key order, its aggregates loaded in one source unit of work and stored in one
 * target unit of work, then the checkpoint moves past it. Ids the target already holds are skipped,
 * which is what makes a rerun after a crash safe.
 */
final class Migration {

    /** What happened to one dataset in this run. */
    record Copied(Dataset dataset, long copied, long alreadyPresent) {}

    /** Called after every committed batch; a test uses it to stop a run half way. */
    interface BatchListener {
        BatchListener NONE = (dataset, lastId) -> {};

        void committed(Dataset dataset, UUID lastId);
    }

    private final BackendContext source;
    private final BackendContext target;
    private final int batchSize;
    private final Checkpoint checkpoint;
    private final ProgressBar progress;
    private final BatchListener listener;

    Migration(
            BackendContext source,
            BackendContext target,
            int batchSize,
            Checkpoint checkpoint,
            ProgressBar progress,
            BatchListener listener) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be 1 or more");
        }
        this.source = source;
        this.target = target;
        this.batchSize = batchSize;
        this.checkpoint = checkpoint;
        this.progress = progress;
        this.listener = listener;
    }

    List<Copied> copyAll() {
        List<Copied> result = new ArrayList<>();
        for (Kind<?> kind : Kinds.all()) {
            result.add(copy(kind));
        }
        return result;
    }

    private <T> Copied copy(Kind<T> kind) {
        Dataset dataset = kind.dataset();
        long total = source.ports().unitOfWork().execute(() -> source.natives().count(dataset));
        if (checkpoint.isDone(dataset)) {
            progress.start(dataset.label(), total, total);
            progress.finish("done in an earlier run");
            return new Copied(dataset, 0, 0);
        }
        Optional<UUID> after = checkpoint.lastCopied(dataset);
        long before = after.map(last -> source.ports()
                        .unitOfWork()
                        .execute(() -> source.natives().countUpTo(dataset, last)))
                .orElse(0L);
        progress.start(dataset.label(), total, before);
        long copied = 0;
        long present = 0;
        while (true) {
            Batch<T> batch = read(kind, after);
            if (batch.ids().isEmpty()) {
                break;
            }
            long inserted = target.ports().unitOfWork().execute(() -> write(kind, batch.aggregates()));
            copied += inserted;
            present += batch.aggregates().size() - inserted;
            UUID last = batch.ids().get(batch.ids().size() - 1);
            checkpoint.copied(dataset, last);
            progress.advance(batch.ids().size());
            listener.committed(dataset, last);
            after = Optional.of(last);
        }
        checkpoint.finished(dataset);
        progress.finish(present == 0 ? "" : present + " already on the target, skipped");
        return new Copied(dataset, copied, present);
    }

    private record Batch<T>(List<UUID> ids, List<T> aggregates) {}

    private <T> Batch<T> read(Kind<T> kind, Optional<UUID> after) {
        return source.ports().unitOfWork().execute(() -> {
            List<UUID> ids = source.natives().idsAfter(kind.dataset(), after, batchSize);
            return new Batch<>(ids, kind.load(source, ids));
        });
    }

    /** Inserts the aggregates the target does not hold yet; returns how many. */
    private <T> long write(Kind<T> kind, List<T> aggregates) {
        Set<UUID> present = target.natives()
                .existing(kind.dataset(), aggregates.stream().map(kind::idOf).toList());
        long inserted = 0;
        for (T aggregate : aggregates) {
            if (!present.contains(kind.idOf(aggregate))) {
                kind.insert(target.ports(), aggregate);
                inserted++;
            }
        }
        return inserted;
    }
}
