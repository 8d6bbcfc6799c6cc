package dev.portside.adapters.http.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client for the tests, on the JDK's HTTP client: it reads the stream on a
 * thread of its own and keeps every message it parsed ({@code id}, {@code event}, {@code data}).
 */
public final class SseStream implements AutoCloseable {

    /** One message: {@code name} is "message" when the server sent no {@code event:} line. */
    public record Message(Optional<String> id, String name, String data) {}

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final List<Message> seen = new ArrayList<>();
    private final CompletableFuture<Void> reading;
    private volatile boolean ended;

    private SseStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reading = response.statusCode() == 200
                ? CompletableFuture.runAsync(this::read)
                : CompletableFuture.completedFuture(null);
    }

    /** Opens {@code /api/events?...} (path and query as given) with the token and extra headers. */
    public static SseStream open(URI base, String pathAndQuery, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Accept", "text/event-stream")
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return new SseStream(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The body of a refused subscription (a problem document). */
    public String refusal() {
        assertThat(status()).isNotEqualTo(200);
        return String.join("\n", response.body().toList());
    }

    private void read() {
        String id = null;
        String name = "message";
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        messages.add(new Message(Optional.ofNullable(id), name, data.toString()));
                    }
                    id = null;
                    name = "message";
                    data = null;
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String part = line.substring(5);
                    part = part.startsWith(" ") ? part.substring(1) : part;
                    data = data == null
                            ? new StringBuilder(part)
                            : data.append('\n').append(part);
                }
            }
        } catch (RuntimeException closed) {
            // the test closed the stream, or the server ended it
        } finally {
            ended = true;
        }
    }

    /** Waits for the next message that matches, remembering every message read on the way. */
    public Message await(Predicate<Message> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Message next;
            try {
                next = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (next == null) {
                throw new AssertionError(
                        "no matching message within " + timeout + "; seen " + seen + ", ended: " + ended);
            }
            seen.add(next);
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    /** The next event (an unnamed message: the events themselves, not heartbeats or the greeting). */
    public Message awaitEvent(Duration timeout) {
        return await(message -> message.name().equals("message"), timeout);
    }

    /** Every event that arrives within the time, without waiting for more. */
    public List<Message> eventsWithin(Duration time) {
        List<Message> events = new ArrayList<>();
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Message next = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next != null) {
                    seen.add(next);
                    if (next.name().equals("message")) {
                        events.add(next);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return events;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        response.body().close();
        reading.cancel(true);
    }
}
