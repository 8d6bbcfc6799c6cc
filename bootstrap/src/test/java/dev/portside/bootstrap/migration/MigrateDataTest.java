package dev.portside.bootstrap.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.portside.bootstrap.backends.FreshDatabases;
import dev.portside.bootstrap.backends.ReferenceData;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.shop.Product;
import dev.portside.domain.shop.ProductId;
import dev.portside.domain.shop.port.ProductRepository;
import dev.portside.domain.shop.port.ReportPeriod;
import dev.portside.domain.shop.port.SalesReports;
import dev.portside.domain.user.User;
import dev.portside.domain.user.port.UserRepository;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration command end to end: each test seeds {@link ReferenceData} into a database of its own
 * through the ports, runs {@link MigrateData} against another empty one with batches of two (so every
 * dataset takes several batches), and reads the verification table it prints.
 */
class MigrateDataTest {

    private static final String[] DATASETS = {
        "users", "posts", "comments", "products", "orders", "accounts", "deposits", "transfers"
    };

    @TempDir
    Path workDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void copies_postgres_to_mongo_with_ids_and_verifies_every_dataset() {
        Map<Backend, Map<String, Object>> servers = seeded(Backend.POSTGRES);

        int status = run(servers, "--from", "postgres", "--to", "mongo", "--batch-size", "2");

        assertThat(status).as(log()).isEqualTo(MigrateData.OK);
        Map<String, String[]> table = table();
        assertThat(table).containsOnlyKeys(DATASETS);
        assertThat(table.get("users"))
                .containsExactly("users", "6", "6", table.get("users")[3], table.get("users")[3], "ok");
        assertThat(table.get("orders")[1]).isEqualTo("8");
        assertThat(table.get("transfers")[1]).isEqualTo("2");
        assertThat(table.values()).allSatisfy(line -> assertThat(line[5]).isEqualTo("ok"));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("users", "[##############################]");

        User copied = inUnit(servers, Backend.MONGO, UserRepository.class, users -> users.findById(ReferenceData.ALICE))
                .orElseThrow();
        User original = inUnit(
                        servers, Backend.POSTGRES, UserRepository.class, users -> users.findById(ReferenceData.ALICE))
                .orElseThrow();
        assertThat(copied)
                .as("same id and fields; the copy starts at version 1")
                .isEqualTo(original.withVersion(1));
        assertThat(salesReport(servers, Backend.MONGO)).isEqualTo(salesReport(servers, Backend.POSTGRES));
    }

    @Test
    void an_interrupted_run_resumed_gives_the_same_checksums_and_no_duplicates() throws IOException {
        Map<Backend, Map<String, Object>> servers = seeded(Backend.POSTGRES);
        Migration.BatchListener crashInOrders = (dataset, lastId) -> {
            if (dataset == Dataset.ORDERS) {
                throw new IllegalStateException("simulated crash after the first batch of orders");
            }
        };

        int interrupted = MigrateData.run(
                args("--from", "postgres", "--to", "mongo", "--batch-size", "2"),
                servers,
                print(out),
                print(err),
                crashInOrders);

        assertThat(interrupted).as(log()).isEqualTo(MigrateData.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rerun with --resume");
        String checkpoint = Files.readString(checkpointFile());
        assertThat(checkpoint)
                .contains("dataset.products=done")
                .doesNotContain("dataset.orders=done")
                .contains("dataset.orders=");
        assertThat(run(servers, "--from", "postgres", "--to", "mongo"))
                .as("a fresh run over a checkpoint")
                .isEqualTo(MigrateData.REFUSED);

        out.reset();
        int resumed = run(servers, "--from", "postgres", "--to", "mongo", "--batch-size", "2", "--resume");

        assertThat(resumed).as(log()).isEqualTo(MigrateData.OK);
        Map<String, String[]> afterResume = table();
        assertThat(afterResume.values()).allSatisfy(line -> {
            assertThat(line[1]).as(line[0] + " count").isEqualTo(line[2]);
            assertThat(line[3]).as(line[0] + " checksum").isEqualTo(line[4]);
        });
        assertThat(afterResume.get("orders")[2]).isEqualTo("8");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("done in an earlier run");

        // the same data migrated without interruption gives the same target checksums
        Map<String, String[]> uninterrupted = migrateAFreshCopy();
        for (String dataset : DATASETS) {
            assertThat(afterResume.get(dataset)[4])
                    .as(dataset)
                    .isEqualTo(uninterrupted.get(dataset)[4]);
        }
    }

    @Test
    void a_crash_between_commit_and_checkpoint_skips_what_the_target_already_has() throws IOException {
        Map<Backend, Map<String, Object>> servers = seeded(Backend.POSTGRES);
        assertThat(run(servers, "--from", "postgres", "--to", "mongo", "--batch-size", "2"))
                .isEqualTo(MigrateData.OK);
        // as if the last checkpoint writes of orders had never happened
        String rewound = Files.readString(checkpointFile())
                .replaceAll("dataset\\.orders=done", "dataset.orders=" + ReferenceData.id(5, 2));
        Files.writeString(checkpointFile(), rewound);

        out.reset();
        err.reset();
        int resumed = run(servers, "--from", "postgres", "--to", "mongo", "--batch-size", "2", "--resume");

        assertThat(resumed).as(log()).isEqualTo(MigrateData.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("already on the target, skipped");
        assertThat(table().get("orders")).contains("8", "ok");
    }

    @Test
    void copies_mongo_to_postgres() {
        Map<Backend, Map<String, Object>> servers = seeded(Backend.MONGO);

        int status = run(servers, "--from", "mongo", "--to", "postgres", "--batch-size", "3");

        assertThat(status).as(log()).isEqualTo(MigrateData.OK);
        assertThat(table().values()).allSatisfy(line -> assertThat(line[5]).isEqualTo("ok"));
        assertThat(salesReport(servers, Backend.POSTGRES)).isEqualTo(salesReport(servers, Backend.MONGO));
    }

    @Test
    void verification_reports_a_difference_and_exits_non_zero() {
        Map<Backend, Map<String, Object>> servers = seeded(Backend.POSTGRES);
        assertThat(run(servers, "--from", "postgres", "--to", "mongo")).isEqualTo(MigrateData.OK);
        ProductId keyboard = new ProductId(ReferenceData.id(4, 1));
        inUnit(servers, Backend.MONGO, ProductRepository.class, products -> {
            Product product = products.findById(keyboard).orElseThrow();
            return products.save(product.reprice(Money.of("49.91", "EUR")));
        });

        out.reset();
        int status = run(servers, "--from", "postgres", "--to", "mongo", "--verify-only");

        assertThat(status).isEqualTo(MigrateData.MISMATCH);
        Map<String, String[]> table = table();
        assertThat(table.get("products")[5]).isEqualTo("MISMATCH");
        assertThat(table.get("products")[1]).isEqualTo(table.get("products")[2]);
        assertThat(table.get("users")[5]).isEqualTo("ok");
    }

    @Test
    void help_prints_the_usage_on_stdout_and_starts_nothing() {
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        int status = MigrateData.run(
                new String[] {"--help"},
                Map.of(),
                new PrintStream(help, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Migration.BatchListener.NONE);
        assertThat(status).isEqualTo(MigrateData.OK);
        assertThat(help.toString(StandardCharsets.UTF_8))
                .startsWith("usage:")
                .contains("--batch-size")
                .contains("--help");
    }

    @Test
    void refuses_a_non_empty_target_and_bad_usage() {
        Map<Backend, Map<String, Object>> servers = seeded(Backend.POSTGRES);
        seed(Backend.MONGO, servers.get(Backend.MONGO));

        assertThat(run(servers, "--from", "postgres", "--to", "mongo")).isEqualTo(MigrateData.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds");
        assertThat(run(servers, "--from", "postgres", "--to", "postgres")).isEqualTo(MigrateData.REFUSED);
        assertThat(run(servers, "--from", "postgres", "--to", "mongo", "--batch-size", "0"))
                .isEqualTo(MigrateData.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void refuses_postgres_without_a_url_instead_of_starting_an_embedded_one() {
        assumeTrue(System.getenv("DATASOURCES_DEFAULT_URL") == null, "DATASOURCES_DEFAULT_URL is set here");
        Map<Backend, Map<String, Object>> noPostgresUrl = Map.of(Backend.MONGO, FreshDatabases.mongo());

        assertThat(run(noPostgresUrl, "--from", "mongo", "--to", "postgres")).isEqualTo(MigrateData.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("set DATASOURCES_DEFAULT_URL")
                .doesNotContain("--resume");
    }

    @Test
    void refuses_an_unreachable_mongodb_in_one_line_naming_its_setting() throws IOException {
        int closedPort;
        try (ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<Backend, Map<String, Object>> servers = Map.of(
                Backend.POSTGRES,
                FreshDatabases.postgres(),
                Backend.MONGO,
                Map.of("mongodb.uri", "mongodb://127.0.0.1:" + closedPort + "/portside"));

        long started = System.nanoTime();
        int status = run(servers, "--from", "postgres", "--to", "mongo");

        assertThat(status).as(log()).isEqualTo(MigrateData.REFUSED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        String refusal = err.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains("cannot start the mongo side"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no refusal line in\n" + log()));
        assertThat(refusal).contains("check MONGODB_URI");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .doesNotContain("--resume")
                .doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    // --- helpers

    /** Fresh databases on both test servers, the reference data stored in {@code source}'s. */
    private static Map<Backend, Map<String, Object>> seeded(Backend source) {
        Map<Backend, Map<String, Object>> servers =
                Map.of(Backend.POSTGRES, FreshDatabases.postgres(), Backend.MONGO, FreshDatabases.mongo());
        seed(source, servers.get(source));
        return servers;
    }

    private static void seed(Backend backend, Map<String, Object> properties) {
        try (ApplicationContext context = context(backend, properties)) {
            ReferenceData.seed(BackendPorts.of(context));
        }
    }

    private Map<String, String[]> migrateAFreshCopy() {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        Map<Backend, Map<String, Object>> servers = seeded(Backend.POSTGRES);
        int status = MigrateData.run(
                args(
                        "--from",
                        "postgres",
                        "--to",
                        "mongo",
                        "--checkpoint",
                        workDir.resolve("other.checkpoint").toString()),
                servers,
                print(table),
                print(new ByteArrayOutputStream()),
                Migration.BatchListener.NONE);
        assertThat(status).isEqualTo(MigrateData.OK);
        return parse(table.toString(StandardCharsets.UTF_8));
    }

    private int run(Map<Backend, Map<String, Object>> servers, String... args) {
        return MigrateData.run(args(args), servers, print(out), print(err), Migration.BatchListener.NONE);
    }

    /** The arguments, with the checkpoint in this test's directory rather than the build's. */
    private String[] args(String... args) {
        if (Arrays.asList(args).contains("--checkpoint")) {
            return args;
        }
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--checkpoint";
        all[args.length + 1] = checkpointFile().toString();
        return all;
    }

    private Path checkpointFile() {
        return workDir.resolve("migration.checkpoint");
    }

    private Map<String, String[]> table() {
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    /** Verification lines by dataset: name, source count, target count, checksums (16 digits), result. */
    private static Map<String, String[]> parse(String printed) {
        Map<String, String[]> lines = new LinkedHashMap<>();
        for (String line : printed.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length == 6 && Arrays.asList(DATASETS).contains(columns[0])) {
                lines.put(columns[0], columns);
            }
        }
        return lines;
    }

    private String log() {
        return "stdout:\n" + out.toString(StandardCharsets.UTF_8) + "\nstderr:\n"
                + err.toString(StandardCharsets.UTF_8);
    }

    private static Object salesReport(Map<Backend, Map<String, Object>> servers, Backend backend) {
        ReportPeriod all =
                new ReportPeriod(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        return inUnit(servers, backend, SalesReports.class, reports -> reports.salesReport(all));
    }

    private static <P, R> R inUnit(
            Map<Backend, Map<String, Object>> servers, Backend backend, Class<P> port, Function<P, R> work) {
        try (ApplicationContext context = context(backend, servers.get(backend))) {
            P bean = context.getBean(port);
            return context.getBean(UnitOfWork.class).execute(() -> work.apply(bean));
        }
    }

    private static ApplicationContext context(Backend backend, Map<String, Object> properties) {
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments(backend.environments())
                .properties(properties)
                .start();
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
