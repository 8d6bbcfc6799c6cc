package dev.portside.adapters.http.events;

import dev.portside.adapters.http.problem.ProblemResponses;
import dev.portside.adapters.http.security.StreamAuthentication;
import dev.portside.application.event.SubscribeToEvents;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Live events over WebSocket at {@code /ws/events} (docs/api.md, "Live events"): the same events,
 * authorisation and limits as the SSE stream, with topics added and removed by messages
 * ({@link SocketMessage}). The token comes in the handshake's {@code Authorization: Bearer} header or
 * in a first {@code auth} message (browsers cannot set headers on a WebSocket) within
 * {@value #AUTH_WINDOW_SECONDS} seconds.
 *
 * <p>The handshake itself is anonymous for Micronaut Security; this endpoint verifies the token
 * exactly as the HTTP filters do ({@link StreamAuthentication}). Messages are handled on the blocking
 * pool, one at a time per connection, since verifying a token may read the account.
 */
@ServerWebSocket("/ws/events")
@Secured(SecurityRule.IS_ANONYMOUS)
final class EventsSocket {

    static final int AUTH_WINDOW_SECONDS = 10;
    private static final String CONNECTION = "portside.events.connection";

    private final SubscribeToEvents subscribeToEvents;
    private final StreamAuthentication authentication;
    private final StreamGuard guard;
    private final JsonMapper json;
    private final ProblemResponses problems;
    private final ExecutorService blocking;
    private final TaskScheduler scheduler;

    EventsSocket(
            SubscribeToEvents subscribeToEvents,
            StreamAuthentication authentication,
            StreamGuard guard,
            JsonMapper json,
            ProblemResponses problems,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.subscribeToEvents = subscribeToEvents;
        this.authentication = authentication;
        this.guard = guard;
        this.json = json;
        this.problems = problems;
        this.blocking = blocking;
        this.scheduler = scheduler;
    }

    @OnOpen
    void open(WebSocketSession session, HttpRequest<?> request) {
        SocketConnection connection = new SocketConnection(
                session, request, subscribeToEvents, authentication, guard, json, problems, blocking);
        session.put(CONNECTION, connection);
        Optional<String> bearer = request.getHeaders()
                .getAuthorization()
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.substring(7));
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) && bearer.isEmpty()) {
            connection.refuse("the Authorization header must be 'Bearer <token>'");
        } else if (bearer.isPresent()) {
            connection.authenticateWith(bearer.get());
        } else {
            scheduler.schedule(Duration.ofSeconds(AUTH_WINDOW_SECONDS), connection::requireAuthenticated);
        }
    }

    @OnMessage(maxPayloadLength = 16_384)
    void message(String text, WebSocketSession session) {
        session.get(CONNECTION, SocketConnection.class).ifPresent(connection -> connection.received(text));
    }

    @OnClose
    void close(WebSocketSession session) {
        session.get(CONNECTION, SocketConnection.class).ifPresent(SocketConnection::closed);
    }
}
