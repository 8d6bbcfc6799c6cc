package dev.portside.bootstrap.migration;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads every dataset back from both backends, through the same ports the copy used, and compares
 * the count and the checksum of the domain objects ({@link Fingerprint}, {@link Canonical}).
 */
final class Verification {

    /** One dataset's line of the report. */
    record Line(Dataset dataset, long sourceCount, long targetCount, String sourceChecksum, String targetChecksum) {

        boolean matches() {
            return sourceCount == targetCount && sourceChecksum.equals(targetChecksum);
        }
    }

    private final int batchSize;

    Verification(int batchSize) {
        this.batchSize = batchSize;
    }

    List<Line> compare(BackendContext source, BackendContext target) {
        List<Line> lines = new ArrayList<>();
        for (Kind<?> kind : Kinds.all()) {
            Fingerprint left = fingerprint(source, kind);
            Fingerprint right = fingerprint(target, kind);
            lines.add(new Line(kind.dataset(), left.count(), right.count(), left.checksum(), right.checksum()));
        }
        return lines;
    }

    private record Batch<T>(List<UUID> ids, List<T> aggregates) {}

    /** Count and checksum of one dataset on one backend. */
    <T> Fingerprint fingerprint(BackendContext backend, Kind<T> kind) {
        Fingerprint fingerprint = new Fingerprint();
        Optional<UUID> after = Optional.empty();
        while (true) {
            Optional<UUID> from = after;
            Batch<T> batch = backend.ports().unitOfWork().execute(() -> {
                List<UUID> ids = backend.natives().idsAfter(kind.dataset(), from, batchSize);
                return new Batch<>(ids, kind.load(backend, ids));
            });
            if (batch.ids().isEmpty()) {
                return fingerprint;
            }
            batch.aggregates().forEach(aggregate -> fingerprint.add(kind.canonical(aggregate)));
            after = Optional.of(batch.ids().get(batch.ids().size() - 1));
        }
    }

    static void print(List<Line> lines, Backend source, Backend target, PrintStream out) {
        String format = "%-10s %10s %10s  %-16s  %-16s  %s%n";
        out.printf(
                Locale.ROOT,
                format,
                "dataset",
                source.cliName(),
                target.cliName(),
                "checksum " + source.cliName(),
                "checksum " + target.cliName(),
                "result");
        for (Line line : lines) {
            out.printf(
                    Locale.ROOT,
                    format,
                    line.dataset().label(),
                    line.sourceCount(),
                    line.targetCount(),
                    line.sourceChecksum().substring(0, 16),
                    line.targetChecksum().substring(0, 16),
                    line.matches() ? "ok" : "MISMATCH");
        }
    }
}
