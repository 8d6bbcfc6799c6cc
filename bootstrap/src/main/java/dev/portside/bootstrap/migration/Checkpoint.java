package dev.portside.bootstrap.migration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Where a migration got to, per dataset: the last id copied (in the source's key order) or "done".
 * Saved after every committed batch, by writing a temporary file and renaming it over the old one,
 * so a crash leaves either the previous or the new checkpoint, never half of one.
 *
 * <p>A crash between a batch's commit on the target and the checkpoint write makes the rerun read
 * that batch again; the migration skips ids the target already holds, so nothing is duplicated.
 */
final class Checkpoint {

    private static final String DIRECTION = "direction";
    private static final String DONE = "done";

    private final Path file;
    private final Properties state;

    private Checkpoint(Path file, Properties state) {
        this.file = file;
        this.state = state;
    }

    /** A new checkpoint for a run from {@code source} to {@code target}; nothing is written yet. */
    static Checkpoint fresh(Path file, Backend source, Backend target) {
        Properties state = new Properties();
        state.setProperty(DIRECTION, direction(source, target));
        return new Checkpoint(file, state);
    }

    /** The saved checkpoint, or a fresh one when there is none. */
    static Checkpoint resume(Path file, Backend source, Backend target) {
        if (!Files.exists(file)) {
            return fresh(file, source, target);
        }
        Properties state = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            state.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint " + file, e);
        }
        String expected = direction(source, target);
        if (!expected.equals(state.getProperty(DIRECTION))) {
            throw new IllegalStateException("the checkpoint " + file + " belongs to a migration "
                    + state.getProperty(DIRECTION) + ", not " + expected);
        }
        return new Checkpoint(file, state);
    }

    Path file() {
        return file;
    }

    Optional<UUID> lastCopied(Dataset dataset) {
        String value = state.getProperty(key(dataset));
        return value == null || value.equals(DONE) ? Optional.empty() : Optional.of(UUID.fromString(value));
    }

    boolean isDone(Dataset dataset) {
        return DONE.equals(state.getProperty(key(dataset)));
    }

    void copied(Dataset dataset, UUID lastId) {
        state.setProperty(key(dataset), lastId.toString());
        save();
    }

    void finished(Dataset dataset) {
        state.setProperty(key(dataset), DONE);
        save();
    }

    private void save() {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                state.store(writer, "portside data migration checkpoint: last id copied per dataset");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the checkpoint " + file, e);
        }
    }

    private static String key(Dataset dataset) {
        return "dataset." + dataset.label();
    }

    private static String direction(Backend source, Backend target) {
        return source.cliName() + "->" + target.cliName();
    }
}
