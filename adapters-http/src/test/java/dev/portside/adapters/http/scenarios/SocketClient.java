package dev.portside.adapters.http.scenarios;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A WebSocket client for the tests (the JDK's): it keeps every text frame and the close it received. */
public final class SocketClient implements AutoCloseable {

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    private SocketClient(URI uri, Map<String, String> headers) {
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(builder::header);
        this.socket = builder.buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(partial.toString());
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closedWith.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closedWith.completeExceptionally(error);
                    }
                })
                .join();
    }

    /** Connects to {@code ws://host:port/ws/events}, with headers such as Authorization. */
    public static SocketClient connect(URI httpBase, Map<String, String> headers) {
        URI uri = URI.create(httpBase.toString().replaceFirst("^http", "ws")).resolve("/ws/events");
        return new SocketClient(uri, headers);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Waits for the next frame that matches (frames are JSON texts), remembering the others. */
    public String await(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String next;
            try {
                next = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (next == null) {
                throw new AssertionError("no matching frame within " + timeout + "; seen " + seen);
            }
            seen.add(next);
            if (wanted.test(next)) {
                return next;
            }
        }
    }

    public String awaitType(String type, Duration timeout) {
        return await(frame -> frame.startsWith("{\"type\":\"" + type + "\""), timeout);
    }

    /** Every frame that arrives within the time. */
    public List<String> framesWithin(Duration time) {
        List<String> within = new ArrayList<>();
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String next = frames.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (next != null) {
                    seen.add(next);
                    within.add(next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return within;
    }

    /** The close code the server sent, waiting for it. */
    public int awaitClose(Duration timeout) {
        return closedWith.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }
}
