package dev.portside.bootstrap.migration;

import java.nio.file.Path;
import java.util.Optional;

/** The command line of {@link MigrateData}. */
record MigrationOptions(Backend from, Backend to, int batchSize, boolean resume, boolean verifyOnly, Path checkpoint) {

    static final int DEFAULT_BATCH_SIZE = 500;
    static final int MAX_BATCH_SIZE = 10_000;

    static final String USAGE = """
            usage: java -cp portside.jar dev.portside.bootstrap.migration.MigrateData \\
                     --from postgres|mongo --to mongo|postgres [--batch-size N] [--resume] \\
                     [--checkpoint FILE] [--verify-only]

            Copies every aggregate from one backend to the other through the ports, ids preserved,
            then compares counts and checksums per dataset. Connection settings come from the usual
            configuration: DATASOURCES_DEFAULT_URL/_USERNAME/_PASSWORD for postgres, MONGODB_URI for
            mongo. Stop the service (or make it read-only) while it runs.

              --batch-size N   aggregates per batch and per target transaction (default 500, max 10000)
              --resume         continue an interrupted run from its checkpoint
              --checkpoint F   checkpoint file (default ./portside-migration-<from>-to-<to>.checkpoint)
              --verify-only    copy nothing, only compare the two backends
              -h, --help       print this text and exit

            exit status: 0 copied and verified, 1 verification found a difference,
                         2 bad usage or refused to start, 3 the copy failed (rerun with --resume)
            """;

    static MigrationOptions parse(String... args) {
        Backend from = null;
        Backend to = null;
        int batchSize = DEFAULT_BATCH_SIZE;
        boolean resume = false;
        boolean verifyOnly = false;
        Path checkpoint = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--from" -> from = Backend.parse(value(args, ++i, arg));
                case "--to" -> to = Backend.parse(value(args, ++i, arg));
                case "--batch-size" -> batchSize = batchSize(value(args, ++i, arg));
                case "--resume" -> resume = true;
                case "--verify-only" -> verifyOnly = true;
                case "--checkpoint" -> checkpoint = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("--from and --to are required");
        }
        if (from == to) {
            throw new IllegalArgumentException("--from and --to must name different backends");
        }
        Path file = Optional.ofNullable(checkpoint)
                .orElse(Path.of("portside-migration-" + from.cliName() + "-to-" + to.cliName() + ".checkpoint"));
        return new MigrationOptions(from, to, batchSize, resume, verifyOnly, file);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int batchSize(String text) {
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= MAX_BATCH_SIZE) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--batch-size must be a number from 1 to " + MAX_BATCH_SIZE);
    }
}
