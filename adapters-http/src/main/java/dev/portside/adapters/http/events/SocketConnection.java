package dev.portside.adapters.http.events;

import dev.portside.adapters.http.problem.Problem;
import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.problem.Problems;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.security.StreamAuthentication;
import dev.portside.application.event.CloseReason;
import dev.portside.application.event.Delivery;
import dev.portside.application.event.EventSubscription;
import dev.portside.application.event.SubscribeToEvents;
import dev.portside.application.event.SubscribeToEventsCommand;
import dev.portside.application.event.SubscriptionLimitException;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shared.DomainException;
import dev.portside.domain.shared.Validation;
import dev.portside.domain.shared.ValidationException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.websocket.WebSocketSession;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket client: its caller once verified, its subscription once it subscribed, and the one
 * frame at a time it is sending. Incoming messages run one after the other on the blocking pool;
 * outgoing frames (answers to messages, then the subscription's deliveries) leave one at a time, the
 * next when the previous was written, so a client that stops reading stops taking from its queue and
 * the hub cuts it off, as for SSE.
 */
final class SocketConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SocketConnection.class);

    /** A frame to send, and the close to make once it is out (null: none). */
    private record Outbound(String text, @Nullable io.micronaut.websocket.CloseReason closeAfter) {}

    private final WebSocketSession session;
    private final HttpRequest<?> request;
    private final SubscribeToEvents subscribeToEvents;
    private final StreamAuthentication authentication;
    private final StreamGuard guard;
    private final JsonMapper json;
    private final ProblemResponses problems;
    private final Executor inOrder;

    private final Queue<Outbound> answers = new ConcurrentLinkedQueue<>();

    @Nullable
    private volatile StreamAuthentication.Verified caller;

    @Nullable
    private volatile EventSubscription subscription;

    private boolean sending;
    private boolean finished;

    SocketConnection(
            WebSocketSession session,
            HttpRequest<?> request,
            SubscribeToEvents subscribeToEvents,
            StreamAuthentication authentication,
            StreamGuard guard,
            JsonMapper json,
            ProblemResponses problems,
            Executor blocking) {
        this.session = session;
        this.request = request;
        this.subscribeToEvents = subscribeToEvents;
        this.authentication = authentication;
        this.guard = guard;
        this.json = json;
        this.problems = problems;
        this.inOrder = new SerialExecutor(blocking);
    }

    // ---- incoming

    void authenticateWith(String token) {
        inOrder.execute(() -> authenticate(token));
    }

    void received(String text) {
        inOrder.execute(() -> handle(text));
    }

    /** After the authentication window: a client that never authenticated is closed. */
    void requireAuthenticated() {
        inOrder.execute(() -> {
            if (caller == null && !finished) {
                refuse("authenticate within " + EventsSocket.AUTH_WINDOW_SECONDS
                        + " seconds: an Authorization header or an auth message");
            }
        });
    }

    /** Refuses the connection: an {@code unauthenticated} problem, then the close. */
    void refuse(String detail) {
        send(
                problemFrame(Problems.of(TransportCode.UNAUTHENTICATED, detail)),
                io.micronaut.websocket.CloseReason.POLICY_VIOLATION);
    }

    void closed() {
        synchronized (this) {
            finished = true;
        }
        EventSubscription open = subscription;
        if (open != null) {
            open.close();
        }
    }

    private void authenticate(String token) {
        Optional<StreamAuthentication.Verified> verified;
        try {
            verified = authentication.verify(token, request);
        } catch (RuntimeException storageDown) {
            LOG.warn("verifying a WebSocket token failed", storageDown);
            send(
                    problemFrame(
                            Problems.of(TransportCode.STORAGE_UNAVAILABLE, "storage is unavailable, try again later")),
                    io.micronaut.websocket.CloseReason.TRY_AGAIN_LATER);
            return;
        }
        if (verified.isEmpty()) {
            refuse("the token is missing, invalid, expired or no longer matches its account");
            return;
        }
        caller = verified.get();
        send("{\"type\":\"authenticated\",\"user\":\"" + caller.actor().id() + "\"}", null);
    }

    private void handle(String text) {
        if (finished) {
            return;
        }
        SocketMessage message;
        try {
            message = SocketMessage.read(json.readValue(text, JsonNode.class));
        } catch (IOException malformed) {
            send(
                    problemFrame(
                            Problems.of(HttpStatus.BAD_REQUEST, "malformed_json", "the message is not valid JSON")),
                    null);
            return;
        } catch (ValidationException invalid) {
            send(problemFrame(Problems.invalid(invalid)), null);
            return;
        }
        if (message.type().equals(SocketMessage.AUTH)) {
            if (caller != null) {
                send(problemFrame(Problems.invalid("type", "the connection is authenticated already")), null);
            } else {
                authenticate(message.token().orElseThrow());
            }
            return;
        }
        if (caller == null) {
            refuse("authenticate first: an Authorization header or an auth message");
            return;
        }
        try {
            if (message.type().equals(SocketMessage.SUBSCRIBE)) {
                subscribe(message);
            } else {
                unsubscribe(message);
            }
        } catch (ValidationException invalid) {
            send(problemFrame(Problems.invalid(invalid)), null);
        } catch (SubscriptionLimitException limit) {
            send(problemFrame(Problems.of(TransportCode.SUBSCRIPTION_LIMIT_REACHED, limit.getMessage())), null);
        } catch (DomainException refused) {
            send(problemFrame(Problems.of(refused.errorCode(), refused.getMessage())), null);
        }
    }

    private void subscribe(SocketMessage message) {
        // handle() lets only authenticated connections get here
        StreamAuthentication.Verified verified = Objects.requireNonNull(caller, "caller");
        EventSubscription open = subscription;
        if (open == null) {
            SubscribeToEventsCommand command = SubscribeToEventsCommand.of(
                    verified.actor(),
                    message.topics(),
                    "topics",
                    message.lastEventId().orElse(null),
                    "lastEventId");
            EventSubscription created = subscribeToEvents.subscribe(command);
            subscription = created;
            guard.guard(created, verified.expiresAt());
            send(listening("subscribed", created.topics()), null);
            created.onAvailable(this::pump);
            return;
        }
        Validation check = new Validation();
        check.check(
                message.lastEventId().isEmpty(),
                "lastEventId",
                "only the first subscribe message of a connection may resume; reconnect to resume elsewhere");
        Set<Topic> topics = topics(message.topics(), check);
        check.done();
        open.subscribe(topics);
        send(listening("subscribed", open.topics()), null);
    }

    private void unsubscribe(SocketMessage message) {
        Validation check = new Validation();
        Set<Topic> topics = topics(message.topics(), check);
        check.done();
        EventSubscription open = subscription;
        if (open != null) {
            open.unsubscribe(topics);
        }
        send(listening("unsubscribed", open == null ? Set.of() : open.topics()), null);
    }

    private static Set<Topic> topics(List<String> texts, Validation check) {
        Set<Topic> topics = new LinkedHashSet<>();
        for (String text : texts) {
            Topic topic = check.parse(() -> Topic.parse("topics", text));
            if (topic != null) {
                topics.add(topic);
            }
        }
        check.check(!texts.isEmpty(), "topics", "name at least one topic");
        return topics;
    }

    private static String listening(String type, Set<Topic> topics) {
        return "{\"type\":\"" + type + "\",\"topics\":" + EventFrames.topics(topics) + "}";
    }

    private String problemFrame(Problem problem) {
        return "{\"type\":\"error\",\"problem\":" + problems.write(problem) + "}";
    }

    // ---- outgoing, one frame at a time

    private void send(String text, @Nullable io.micronaut.websocket.CloseReason closeAfter) {
        answers.add(new Outbound(text, closeAfter));
        pump();
    }

    private void pump() {
        Outbound next;
        synchronized (this) {
            if (sending || finished) {
                return;
            }
            next = answers.poll();
            if (next == null) {
                next = nextDelivery();
            }
            if (next == null) {
                return;
            }
            sending = true;
        }
        Outbound frame = next;
        session.sendAsync(frame.text()).whenComplete((sent, failure) -> {
            synchronized (this) {
                sending = false;
                if (failure != null || frame.closeAfter() != null) {
                    finished = true;
                }
            }
            if (failure != null) {
                closed();
            } else if (frame.closeAfter() != null) {
                session.close(frame.closeAfter());
                closed();
            } else {
                pump();
            }
        });
    }

    private @Nullable Outbound nextDelivery() {
        EventSubscription open = subscription;
        Delivery delivery = open == null ? null : open.poll();
        if (delivery == null) {
            return null;
        }
        if (delivery instanceof Delivery.Event event) {
            return new Outbound("{\"type\":\"event\",\"event\":" + event.json() + "}", null);
        }
        if (delivery instanceof Delivery.Heartbeat heartbeat) {
            return new Outbound("{\"type\":\"heartbeat\",\"at\":\"" + heartbeat.at() + "\"}", null);
        }
        CloseReason reason = ((Delivery.Closed) delivery).reason();
        return new Outbound(
                "{\"type\":\"closing\"," + EventFrames.closing(reason).substring(1), closeCode(reason));
    }

    private static io.micronaut.websocket.CloseReason closeCode(CloseReason reason) {
        return switch (reason) {
            case SLOW_CONSUMER -> new io.micronaut.websocket.CloseReason(1013, reason.code());
            case SERVICE_STOPPING -> new io.micronaut.websocket.CloseReason(1001, reason.code());
            case TOKEN_EXPIRED, UNAUTHENTICATED -> new io.micronaut.websocket.CloseReason(1008, reason.code());
        };
    }

    /** Runs tasks one after another on a shared pool: a connection's messages in the order they came. */
    private static final class SerialExecutor implements Executor {

        private final Executor pool;
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean running;

        SerialExecutor(Executor pool) {
            this.pool = pool;
        }

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
            if (!running) {
                running = true;
                pool.execute(this::runAll);
            }
        }

        private void runAll() {
            while (true) {
                Runnable task;
                synchronized (this) {
                    task = tasks.poll();
                    if (task == null) {
                        running = false;
                        return;
                    }
                }
                try {
                    task.run();
                } catch (RuntimeException failure) {
                    LOG.warn("a WebSocket message failed", failure);
                }
            }
        }
    }
}
