package dev.portside.bootstrap.migration;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * The command that moves a service's data from one storage backend to the other (issue 5, "Data
 * migration between backends"): {@code --from postgres --to mongo} or the reverse. See
 * {@link MigrationOptions#USAGE}.
 */
public final class MigrateData {

    static final int OK = 0;
    static final int MISMATCH = 1;
    static final int REFUSED = 2;
    static final int FAILED = 3;

    private MigrateData() {}

    public static void main(String[] args) {
        // stdout carries the results table alone: everything else that writes to System.out (the
        // console log appender above all) goes to stderr with the progress
        PrintStream table = System.out;
        System.setOut(System.err);
        System.exit(run(args, Map.of(), table, System.err, Migration.BatchListener.NONE));
    }

    /**
     * Runs the command. {@code properties} go on top of each backend's configuration (tests point
     * the two sides at their servers with it); the command line uses the environment alone.
     */
    static int run(
            String[] args,
            Map<Backend, Map<String, Object>> properties,
            PrintStream out,
            PrintStream err,
            Migration.BatchListener listener) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(MigrationOptions.USAGE);
            return OK;
        }
        MigrationOptions options;
        try {
            options = MigrationOptions.parse(args);
            refuseGlobalEnvironments();
        } catch (IllegalArgumentException e) {
            err.println("migrate: " + e.getMessage());
            err.println();
            err.print(MigrationOptions.USAGE);
            return REFUSED;
        }
        boolean copying = false;
        try (BackendContext source = startSide(options.from(), properties);
                BackendContext target = startSide(options.to(), properties)) {
            if (!options.verifyOnly()) {
                Checkpoint checkpoint = checkpoint(options, target);
                copying = true;
                err.println("migrate: " + options.from().cliName() + " -> "
                        + options.to().cliName() + ", batches of " + options.batchSize() + ", checkpoint "
                        + checkpoint.file().toAbsolutePath());
                new Migration(
                                source,
                                target,
                                options.batchSize(),
                                checkpoint,
                                new ProgressBar(err, System.console() != null),
                                listener)
                        .copyAll();
            }
            err.println("migrate: verifying (counts and checksums read back through the ports on both sides)");
            List<Verification.Line> lines = new Verification(options.batchSize()).compare(source, target);
            Verification.print(lines, options.from(), options.to(), out);
            boolean identical = lines.stream().allMatch(Verification.Line::matches);
            err.println(
                    identical
                            ? "migrate: the target holds the same data as the source"
                            : "migrate: the backends differ; see MISMATCH above");
            return identical ? OK : MISMATCH;
        } catch (Refusal e) {
            err.println("migrate: " + e.getMessage());
            return REFUSED;
        } catch (RuntimeException e) {
            err.println("migrate: failed: " + e);
            if (copying) {
                err.println("migrate: committed batches are kept; rerun with --resume to continue from the checkpoint");
            }
            return FAILED;
        }
    }

    /** A side that cannot start is a refusal naming the side and the innermost reason, not a failed copy. */
    private static BackendContext startSide(Backend backend, Map<Backend, Map<String, Object>> properties) {
        try {
            return BackendContext.start(backend, properties.getOrDefault(backend, Map.of()));
        } catch (Refusal e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String setting = backend == Backend.MONGO ? "MONGODB_URI" : "DATASOURCES_DEFAULT_URL";
            throw new Refusal("cannot start the " + backend.cliName() + " side (check " + setting + "): "
                    + root.getClass().getSimpleName() + ": " + root.getMessage());
        }
    }

    /** A fresh run copies into an empty target only; --resume continues where the checkpoint says. */
    private static Checkpoint checkpoint(MigrationOptions options, BackendContext target) {
        if (options.resume()) {
            return Checkpoint.resume(options.checkpoint(), options.from(), options.to());
        }
        if (Files.exists(options.checkpoint())) {
            throw new Refusal("a previous run left " + options.checkpoint().toAbsolutePath()
                    + "; rerun with --resume to continue it, or delete it to start over");
        }
        long stored = target.ports()
                .unitOfWork()
                .execute(() -> java.util.Arrays.stream(Dataset.values())
                        .mapToLong(dataset -> target.natives().count(dataset))
                        .sum());
        if (stored > 0) {
            throw new Refusal("the target " + options.to().cliName() + " already holds " + stored
                    + " records; a migration copies into an empty store (--resume continues an interrupted run)");
        }
        return Checkpoint.fresh(options.checkpoint(), options.from(), options.to());
    }

    /**
     * Each side's environment comes from --from/--to; a global MICRONAUT_ENVIRONMENTS would be added
     * to both contexts by Micronaut and could put both sides on the same backend.
     */
    private static void refuseGlobalEnvironments() {
        String variable = System.getenv("MICRONAUT_ENVIRONMENTS");
        String property = System.getProperty("micronaut.environments");
        if ((variable != null && !variable.isBlank()) || (property != null && !property.isBlank())) {
            throw new IllegalArgumentException("unset MICRONAUT_ENVIRONMENTS (and -Dmicronaut.environments): "
                    + "--from and --to choose each side's backend");
        }
    }

    /** The command will not start, for a reason the operator can fix. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
