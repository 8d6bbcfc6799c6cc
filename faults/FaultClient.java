import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault suite's clients and checker (run by faults/run.sh; a single-file program, started with
 * {@code java -cp portside.jar FaultClient.java}, which brings the PostgreSQL driver).
 *
 * <p>Seeds one user with one funded account per client, signals the script to start its faults, then
 * has every client send transfers for the given time, each with its own Idempotency-Key, retrying the
 * same key and body on a timeout, a lost connection, a 5xx or a 409 (alternating instances), as a real
 * client would. Afterwards it reads the database and checks: total conserved, no negative balance,
 * every balance equal to its ledger, every key booked at most once, exactly once if it was ever
 * answered 201, never if it was answered with a refusal, no 500 at all, and the outbox: each booked
 * transfer's two events stored, none for a transfer not booked, and every event given its position
 * (numbered after commit, ADR 21) within a few seconds of the load's end, whichever instance died
 * after committing. It prints one line of figures and exits 1 on any violation.
 */
public final class FaultClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final BigDecimal FUNDS = new BigDecimal("1000.00");

    record Account(String token, String id) {
    }

    /** What happened to one key over all its attempts. */
    static final class KeyOutcome {
        volatile boolean answered201;
        volatile String refusal;
        volatile boolean resolved;
        volatile long firstSent;
        volatile long resolvedAt;
        final List<String> statuses = Collections.synchronizedList(new ArrayList<>());
    }

    private final List<String> bases;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, KeyOutcome> keys = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> successTimes = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> fiveHundreds = new ConcurrentLinkedQueue<>();

    FaultClient(List<String> bases, String jdbcUrl) {
        this.bases = bases;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        FaultClient client = new FaultClient(List.of(options.get("bases").split(",")), options.get("jdbc"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "90"));
        Path ready = Path.of(options.get("ready-file"));
        Path events = Path.of(options.get("events-file"));

        List<Account> accounts = client.seed(clients);
        Files.writeString(ready, "ready\n");
        long start = System.currentTimeMillis();
        client.run(accounts, seconds);
        long end = System.currentTimeMillis();
        System.exit(client.check(accounts, start, end, events) ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------ seeding

    private List<Account> seed(int clients) {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String name = "fault" + UUID.randomUUID().toString().substring(0, 8);
            String password = "fault-password-" + i;
            expect(post(bases.get(0), "/api/users", null, Map.of(),
                    "{\"username\":\"" + name + "\",\"email\":\"" + name + "@faults.test\",\"password\":\"" + password + "\"}"), 201);
            String token = match(TOKEN, expect(post(bases.get(0), "/api/auth/login", null, Map.of(),
                    "{\"login\":\"" + name + "\",\"password\":\"" + password + "\"}"), 200));
            String account = match(ID, expect(post(bases.get(0), "/api/accounts", token, Map.of(), "{\"currency\":\"EUR\"}"), 201));
            expect(post(bases.get(0), "/api/accounts/" + account + "/deposits", token, Map.of(),
                    "{\"amount\":{\"amount\":\"" + FUNDS.toPlainString() + "\",\"currency\":\"EUR\"}}"), 201);
            accounts.add(new Account(token, account));
        }
        return accounts;
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("seeding: expected " + status + ", got " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }

    // ------------------------------------------------------------------------------------ load

    private void run(List<Account> accounts, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account own = accounts.get(i);
            int index = i;
            Thread thread = new Thread(() -> clientLoop(index, own, accounts, deadline), "client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void clientLoop(int index, Account own, List<Account> accounts, long deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int instance = index % bases.size();
        while (System.currentTimeMillis() < deadline) {
            Account to = accounts.get(random.nextInt(accounts.size()));
            if (to.id().equals(own.id())) {
                continue;
            }
            String key = UUID.randomUUID().toString();
            String amount = BigDecimal.valueOf(random.nextInt(100, 5000), 2).toPlainString();
            String body = "{\"fromAccountId\":\"" + own.id() + "\",\"toAccountId\":\"" + to.id()
                    + "\",\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"EUR\"},\"reference\":\"" + key + "\"}";
            KeyOutcome outcome = new KeyOutcome();
            outcome.firstSent = System.currentTimeMillis();
            keys.put(key, outcome);
            // a client keeps retrying its key until it gets an answer, well past the load's end
            long giveUp = deadline + 60_000;
            int attempt = 0;
            while (!outcome.resolved && System.currentTimeMillis() < giveUp) {
                String base = bases.get((instance + attempt) % bases.size());
                attempt++;
                String status;
                try {
                    HttpResponse<String> response = send(base, "/api/transfers", own.token(), Map.of("Idempotency-Key", key), body);
                    int code = response.statusCode();
                    status = String.valueOf(code);
                    if (code == 201) {
                        outcome.answered201 = true;
                        outcome.resolved = true;
                        successTimes.add(System.currentTimeMillis());
                        if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                            status = "201-replayed";
                        }
                    } else if (code == 500) {
                        fiveHundreds.add(key + " " + response.body());
                    } else if (code >= 400 && code < 500 && code != 409 && code != 429) {
                        outcome.refusal = code + " " + codeOf(response.body());
                        outcome.resolved = true;
                    }
                } catch (IOException e) {
                    status = e instanceof java.net.http.HttpTimeoutException ? "timeout" : "io";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                outcome.statuses.add(status);
                if (outcome.resolved) {
                    outcome.resolvedAt = System.currentTimeMillis();
                }
                counts.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                if (!outcome.resolved) {
                    sleep(Math.min(1000, 50L << Math.min(attempt, 5)));
                }
            }
        }
    }

    private static String codeOf(String body) {
        Matcher matcher = CODE.matcher(body);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private HttpResponse<String> post(String base, String path, String token, Map<String, String> headers, String body) {
        try {
            return send(base, path, token, headers, body);
        } catch (IOException e) {
            throw new IllegalStateException("seeding " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String base, String path, String token, Map<String, String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------------------------ checks

    private boolean check(List<Account> accounts, long start, long end, Path events) throws SQLException, IOException {
        List<String> violations = new ArrayList<>();
        Map<String, Long> bookings = new java.util.HashMap<>();
        BigDecimal total;
        BigDecimal deposited;
        long negative;
        long ledgerMismatches;
        long transfersWithoutTheirEvents;
        long eventsWithoutTransfer;
        long unnumbered;
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select reference, count(*) from transfers group by reference")) {
                while (rows.next()) {
                    bookings.put(rows.getString(1), rows.getLong(2));
                }
            }
            total = single(sql, "select coalesce(sum(balance), 0) from accounts");
            deposited = single(sql, "select coalesce(sum(amount), 0) from deposits");
            negative = single(sql, "select count(*) from accounts where balance < 0").longValue();
            ledgerMismatches = single(sql, """
                    select count(*) from accounts a
                     where a.balance <> coalesce((select sum(amount) from deposits d where d.account_id = a.id), 0)
                                     + coalesce((select sum(amount) from transfers t where t.to_account_id = a.id), 0)
                                     - coalesce((select sum(amount) from transfers t where t.from_account_id = a.id), 0)
                    """).longValue();
            transfersWithoutTheirEvents = single(sql, """
                    select count(*) from transfers t
                     where (select count(*) from outbox_events e
                             where e.type = 'transfer.booked' and e.payload::jsonb ->> 'transferId' = t.id::text) <> 2
                    """).longValue();
            eventsWithoutTransfer = single(sql, """
                    select count(*) from outbox_events e
                     where e.type = 'transfer.booked'
                       and not exists (select 1 from transfers t where t.id::text = e.payload::jsonb ->> 'transferId')
                    """).longValue();
            unnumbered = unnumberedAfterAWhile(sql);
        }
        if (transfersWithoutTheirEvents > 0) {
            violations.add(transfersWithoutTheirEvents + " transfers without exactly their two outbox events");
        }
        if (eventsWithoutTransfer > 0) {
            violations.add(eventsWithoutTransfer + " transfer events of transfers that were not booked");
        }
        if (unnumbered > 0) {
            violations.add(unnumbered + " outbox events still without a position 10 s after the load");
        }
        if (total.compareTo(deposited) != 0) {
            violations.add("total " + total + " != deposited " + deposited);
        }
        if (total.compareTo(FUNDS.multiply(BigDecimal.valueOf(accounts.size()))) != 0) {
            violations.add("total " + total + " != seeded " + FUNDS.multiply(BigDecimal.valueOf(accounts.size())));
        }
        if (negative > 0) {
            violations.add(negative + " negative balances");
        }
        if (ledgerMismatches > 0) {
            violations.add(ledgerMismatches + " accounts whose balance differs from their ledger");
        }
        long booked = 0;
        long unresolved = 0;
        long refused = 0;
        for (Map.Entry<String, KeyOutcome> entry : keys.entrySet()) {
            long count = bookings.getOrDefault(entry.getKey(), 0L);
            KeyOutcome outcome = entry.getValue();
            booked += count;
            if (count > 1) {
                violations.add("key " + entry.getKey() + " booked " + count + " times " + outcome.statuses);
            }
            if (outcome.answered201 && count != 1) {
                violations.add("key " + entry.getKey() + " answered 201 but booked " + count + " times " + outcome.statuses);
            }
            if (outcome.refusal != null) {
                refused++;
                if (count != 0) {
                    violations.add("key " + entry.getKey() + " answered " + outcome.refusal + " but booked " + outcome.statuses);
                }
            }
            if (!outcome.resolved) {
                unresolved++;
            }
        }
        long slowestKey = keys.values().stream().filter(k -> k.resolved)
                .mapToLong(k -> k.resolvedAt - k.firstSent).max().orElse(0);
        long foreign = bookings.keySet().stream().filter(reference -> !keys.containsKey(reference)).count();
        if (foreign > 0) {
            violations.add(foreign + " bookings for keys no client sent");
        }
        if (!fiveHundreds.isEmpty()) {
            violations.add(fiveHundreds.size() + " HTTP 500s, first: " + fiveHundreds.peek());
        }

        List<Long> successes = new ArrayList<>(successTimes);
        Collections.sort(successes);
        long stall = 0;
        long previous = start;
        for (long success : successes) {
            if (success <= end) {
                stall = Math.max(stall, success - previous);
                previous = success;
            }
        }
        stall = Math.max(stall, end - previous);
        StringBuilder recovery = new StringBuilder();
        if (Files.exists(events)) {
            for (String line : Files.readAllLines(events)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length < 3) {
                    continue;
                }
                long faultEnd = Long.parseLong(parts[2]);
                long first = successes.stream().filter(t -> t >= faultEnd).findFirst().orElse(-1L);
                recovery.append(' ').append(parts[0]).append('=')
                        .append(first < 0 ? "never" : String.format("%.2fs", (first - faultEnd) / 1000.0));
            }
        }
        System.out.printf("faults: %s | keys=%d 201=%d refused=%d unresolved=%d booked=%d | responses %s | 500s=%d"
                        + " | longest_stall=%.2fs slowest_key=%.2fs | recovery:%s | violations=%d%n",
                violations.isEmpty() ? "OK" : "VIOLATED", keys.size(),
                keys.values().stream().filter(k -> k.answered201).count(), refused, unresolved, booked,
                new java.util.TreeMap<>(counts), fiveHundreds.size(), stall / 1000.0, slowestKey / 1000.0, recovery,
                violations.size());
        violations.stream().limit(20).forEach(violation -> System.out.println("  violation: " + violation));
        return violations.isEmpty();
    }

    /**
     * Committed events that no numbering has given a position yet; the instances number after each
     * event-writing commit and their event hubs before every read (at least once a second), so none
     * should be left shortly after the load, even those of an instance killed right after its commit.
     */
    private static long unnumberedAfterAWhile(Statement sql) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        long unnumbered;
        do {
            unnumbered = single(sql, "select count(*) from outbox_events where position is null").longValue();
            if (unnumbered > 0) {
                sleep(200);
            }
        } while (unnumbered > 0 && System.nanoTime() < deadline);
        return unnumbered;
    }

    private static BigDecimal single(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getBigDecimal(1);
        }
    }
}
