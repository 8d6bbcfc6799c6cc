import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-events benchmark's load (bench/events/run.sh starts the service and runs this with
 * {@code java EventLoad.java}, no dependencies): seeds a payer with accounts through the API, runs
 * transfers for a while without subscribers, then opens the subscribers (SSE, as the admin, each on
 * one account's topic) and runs the same transfers again, and prints transfer throughput for both
 * runs plus, for the second, events received per second and the delay from an event's storedAt
 * (written by PostgreSQL at the end of the transfer's transaction, just before its commit) to its
 * arrival at a subscriber, p50 and p99.
 *
 * <p>Arguments: baseUrl adminLogin adminPassword subscribers accounts workers warmupSeconds seconds
 */
public final class EventLoad {

    private static final Pattern STRING = Pattern.compile("\"%s\":\"([^\"]*)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String admin = login(args[1], args[2]);
        int subscribers = Integer.parseInt(args[3]);
        int accounts = Integer.parseInt(args[4]);
        int workers = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);

        String payerName = "bench_payer_" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/users", null, "{\"username\":\"" + payerName + "\",\"email\":\"" + payerName
                + "@portside.bench\",\"password\":\"bench-password-1\"}");
        String payer = login(payerName, "bench-password-1");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            String id = field(post("/api/accounts", payer, "{\"currency\":\"EUR\"}"), "id");
            post("/api/accounts/" + id + "/deposits", payer, "{\"amount\":{\"amount\":\"1000000000.00\",\"currency\":\"EUR\"}}");
            ids.add(id);
        }
        System.out.printf("seeded %d accounts of one payer%n", accounts);

        Result without = transfers(payer, ids, workers, warmup, seconds);
        System.out.printf("transfers without subscribers: %.0f/s (%d errors)%n", without.perSecond(), without.errors());

        List<Subscriber> open = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(subscribers);
        for (int i = 0; i < subscribers; i++) {
            open.add(new Subscriber(admin, "accounts/" + ids.get(i % ids.size()), ready));
        }
        if (!ready.await(120, TimeUnit.SECONDS)) {
            System.out.printf("only %d of %d subscribers connected%n", subscribers - ready.getCount(), subscribers);
        }
        System.out.printf("%d subscribers connected%n", subscribers - ready.getCount());

        Subscriber.measuring.set(false);
        Result with = transfers(payer, ids, workers, warmup, 0);
        Subscriber.measuring.set(true);
        long received0 = Subscriber.received.get();
        long start = System.nanoTime();
        with = transfers(payer, ids, workers, 0, seconds);
        double elapsed = (System.nanoTime() - start) / 1e9;
        // what was committed in the window arrives a moment later
        Thread.sleep(2000);
        Subscriber.measuring.set(false);
        long received = Subscriber.received.get() - received0;
        long[] delays = Subscriber.delays.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(delays);

        System.out.println();
        System.out.println("| | without subscribers | with " + subscribers + " subscribers |");
        System.out.println("| --- | --- | --- |");
        System.out.printf("| transfers/s (%d workers, %d s) | %.0f | %.0f |%n", workers, seconds, without.perSecond(), with.perSecond());
        System.out.printf("| transfer errors | %d | %d |%n", without.errors(), with.errors());
        System.out.printf("| events received/s (all subscribers) | | %.0f |%n", received / elapsed);
        System.out.printf("| storedAt -> received, p50 / p99 / max (ms) | | %s / %s / %s |%n",
                percentile(delays, 0.50), percentile(delays, 0.99), delays.length == 0 ? "-" : delays[delays.length - 1]);
        System.out.printf("| subscribers cut off or ended | | %d |%n", Subscriber.ended.get());
        open.forEach(Subscriber::close);
        System.exit(0);
    }

    private static String percentile(long[] sorted, double p) {
        return sorted.length == 0 ? "-" : Long.toString(sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))]);
    }

    record Result(long done, long errors, double seconds) {
        double perSecond() {
            return seconds == 0 ? 0 : done / seconds;
        }
    }

    private static Result transfers(String payer, List<String> ids, int workers, int warmup, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean counting = new AtomicBoolean(warmup == 0);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (running.get()) {
                    String from = ids.get(random.nextInt(ids.size()));
                    String to = ids.get(random.nextInt(ids.size()));
                    if (from.equals(to)) {
                        continue;
                    }
                    try {
                        HttpResponse<String> answer = send("POST", "/api/transfers", payer,
                                "{\"fromAccountId\":\"" + from + "\",\"toAccountId\":\"" + to
                                        + "\",\"amount\":{\"amount\":\"0.01\",\"currency\":\"EUR\"}}",
                                UUID.randomUUID().toString());
                        if (counting.get()) {
                            (answer.statusCode() == 201 ? done : errors).incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (counting.get()) {
                            errors.incrementAndGet();
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(warmup * 1000L);
        counting.set(true);
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        counting.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(done.get(), errors.get(), seconds == 0 ? 0 : elapsed);
    }

    /** One SSE subscriber, reading lines asynchronously (no thread of its own). */
    static final class Subscriber implements Flow.Subscriber<String> {

        static final AtomicBoolean measuring = new AtomicBoolean();
        static final AtomicLong received = new AtomicLong();
        static final AtomicInteger ended = new AtomicInteger();
        static final ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();

        private final CountDownLatch ready;
        private Flow.Subscription subscription;
        private boolean greeted;

        Subscriber(String token, String topic, CountDownLatch ready) {
            this.ready = ready;
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events?topics=" + topic))
                    .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
            HTTP.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(this));
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (!greeted && line.startsWith("event: subscribed")) {
                greeted = true;
                ready.countDown();
            } else if (line.startsWith("data: {\"id\"")) {
                long arrived = System.currentTimeMillis();
                if (measuring.get()) {
                    received.incrementAndGet();
                    Matcher storedAt = Pattern.compile(String.format(STRING.pattern(), "storedAt")).matcher(line);
                    if (storedAt.find()) {
                        delays.add(arrived - Instant.parse(storedAt.group(1)).toEpochMilli());
                    }
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            ended.incrementAndGet();
        }

        @Override
        public void onComplete() {
            ended.incrementAndGet();
        }

        void close() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }

    private static String login(String login, String password) throws Exception {
        return field(post("/api/auth/login", null, "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}"),
                "accessToken");
    }

    private static String post(String path, String token, String body) throws Exception {
        HttpResponse<String> answer = send("POST", path, token, body, null);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static HttpResponse<String> send(String method, String path, String token, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile(String.format(STRING.pattern(), name)).matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
