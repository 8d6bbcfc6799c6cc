package dev.portside.adapters.postgres.bank.bench;

import dev.portside.application.bank.TransferMoneyCommand;
import dev.portside.application.bank.TransferMoneyService;
import dev.portside.application.shared.Actor;
import dev.portside.domain.bank.AccountId;
import dev.portside.domain.bank.port.AccountRepository;
import dev.portside.domain.bank.port.Ledger;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.Money;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The service side of {@code bench/transfer-bench.sh}: starts the PostgreSQL adapter beans on the
 * given (empty) database, lets Flyway create the schema, seeds accounts of one owner with large
 * balances, then runs {@link TransferMoneyService} transfers between random distinct accounts with
 * each requested number of concurrent workers for a fixed duration and prints one line per run:
 * {@code service <workers> <transfers per second> <errors>}. Not a test: run it through the script,
 * which alternates it with pgbench so that both sides of a ratio see the same machine load.
 *
 * <p>Arguments: jdbc-url user accounts seconds warmup-seconds workers... The first run on a database
 * seeds it; later runs reuse the accounts. Seeded ids are
 * {@code 00000000-0000-4000-8000-<n as 12 hex digits>} for n = 1..accounts, so the pgbench script can
 * address the same accounts and lock them in id order by comparing n.
 */
public final class TransferBench {

    private static final UUID OWNER = UUID.fromString("0b0b0b0b-0000-4000-8000-000000000001");

    private TransferBench() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int accounts = Integer.parseInt(args[2]);
        Duration measured = Duration.ofSeconds(Long.parseLong(args[3]));
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[4]));
        int[] workers =
                Arrays.stream(args, 5, args.length).mapToInt(Integer::parseInt).toArray();
        int poolSize = Arrays.stream(workers).max().orElseThrow();

        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "datasources.default.url",
                url,
                "datasources.default.username",
                user,
                "datasources.default.password",
                "",
                "datasources.default.driver-class-name",
                "org.postgresql.Driver",
                "datasources.default.dialect",
                "POSTGRES",
                "datasources.default.maximum-pool-size",
                poolSize,
                "datasources.default.minimum-idle",
                poolSize,
                "flyway.datasources.default.enabled",
                true))) {
            List<AccountId> ids = seedOnce(url, user, accounts);
            TransferMoneyService service = new TransferMoneyService(
                    context.getBean(AccountRepository.class),
                    context.getBean(Ledger.class),
                    context.getBean(Outbox.class),
                    context.getBean(UnitOfWork.class),
                    Clock.system());
            Actor owner = new Actor(new UserId(OWNER), Set.of(Role.USER));
            run(service, owner, ids, poolSize, warmup);
            for (int count : workers) {
                long[] result = run(service, owner, ids, count, measured);
                System.out.printf("service %d %.1f %d%n", count, result[0] / (double) measured.toSeconds(), result[1]);
            }
        }
    }

    private static List<AccountId> seedOnce(String url, String user, int accounts) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement sql = connection.createStatement()) {
            try (ResultSet existing = sql.executeQuery("select count(*) from accounts")) {
                existing.next();
                if (existing.getLong(1) > 0) {
                    return ids(sql);
                }
            }
            sql.execute("""
                    insert into accounts (id, owner_id, currency, balance, status, created_at, version)
                    select ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, '%s',
                           'EUR', 1000000000, 'OPEN', now(), 1
                      from generate_series(1, %d) n
                    """.formatted(OWNER, accounts));
            sql.execute("""
                    insert into deposits (id, account_id, amount, currency, created_at)
                    select gen_random_uuid(), id, balance, currency, created_at from accounts
                    """);
            sql.execute("analyze");
            return ids(sql);
        }
    }

    private static List<AccountId> ids(Statement sql) throws SQLException {
        List<AccountId> ids = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("select id from accounts order by id")) {
            while (rows.next()) {
                ids.add(new AccountId(rows.getObject(1, UUID.class)));
            }
        }
        return ids;
    }

    /** Transfers with {@code count} workers for {@code duration}; returns {successes, errors}. */
    private static long[] run(
            TransferMoneyService service, Actor owner, List<AccountId> ids, int count, Duration duration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            results.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long done = 0;
                long failed = 0;
                while (System.nanoTime() < deadline) {
                    int from = random.nextInt(ids.size());
                    int to = (from + 1 + random.nextInt(ids.size() - 1)) % ids.size();
                    Money amount = Money.of(BigDecimal.valueOf(1 + random.nextInt(10_000), 2), "EUR");
                    try {
                        service.transfer(
                                new TransferMoneyCommand(owner, ids.get(from), ids.get(to), amount, Optional.empty()));
                        done++;
                    } catch (RuntimeException e) {
                        if (failed++ == 0) {
                            e.printStackTrace();
                        }
                    }
                }
                return new long[] {done, failed};
            }));
        }
        long done = 0;
        long failed = 0;
        for (Future<long[]> result : results) {
            done += result.get()[0];
            failed += result.get()[1];
        }
        pool.shutdown();
        return new long[] {done, failed};
    }
}
