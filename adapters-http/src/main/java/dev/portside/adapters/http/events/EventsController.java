package dev.portside.adapters.http.events;

import dev.portside.adapters.http.openapi.DocumentedProblems;
import dev.portside.adapters.http.problem.TransportCode;
import dev.portside.adapters.http.problem.TransportRefusal;
import dev.portside.adapters.http.security.Actors;
import dev.portside.adapters.http.security.StreamAuthentication;
import dev.portside.application.event.EventSubscription;
import dev.portside.application.event.SubscribeToEvents;
import dev.portside.application.event.SubscribeToEventsCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Live events as Server-Sent Events (docs/api.md, "Live events"). Subscribing does not touch storage,
 * so it runs on the event loop; the stream itself is fed by the event hub.
 */
@ApiResponse(responseCode = "503", ref = DocumentedProblems.STORAGE_UNAVAILABLE)
@Controller("/api/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "events")
class EventsController {

    /** The longest {@code topics} value: 20 topics of at most 100 characters and their commas. */
    static final int MAX_TOPICS_LENGTH = 2_100;

    private final SubscribeToEvents subscribeToEvents;
    private final StreamAuthentication authentication;
    private final StreamGuard guard;

    EventsController(SubscribeToEvents subscribeToEvents, StreamAuthentication authentication, StreamGuard guard) {
        this.subscribeToEvents = subscribeToEvents;
        this.authentication = authentication;
        this.guard = guard;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(
            summary = "Live events of the given topics that the caller may see, as Server-Sent Events; "
                    + "Last-Event-ID resumes after that event")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(
            responseCode = "200",
            description = "an endless text/event-stream: a 'subscribed' event, then one "
                    + "event per change (id: the event id, data: the event as JSON), 'heartbeat' events while idle, and a "
                    + "'closing' event with the reason if the service ends the stream",
            content =
                    @Content(
                            mediaType = MediaType.TEXT_EVENT_STREAM,
                            schema = @Schema(type = "string", maxLength = 20_000)),
            headers = {
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "RateLimit",
                        description = "remaining quota, e.g. \"reads\";r=599;t=1",
                        schema = @Schema(type = "string", maxLength = 200, pattern = "^\"[a-z]+\";r=[0-9]+;t=[0-9]+$")),
                @io.swagger.v3.oas.annotations.headers.Header(
                        name = "RateLimit-Policy",
                        description = "the quota, e.g. \"reads\";q=600;w=60",
                        schema = @Schema(type = "string", maxLength = 200, pattern = "^\"[a-z]+\";q=[0-9]+;w=[0-9]+$"))
            })
    @ApiResponse(responseCode = "400", ref = DocumentedProblems.VALIDATION_FAILED)
    @ApiResponse(responseCode = "401", ref = DocumentedProblems.UNAUTHENTICATED)
    @ApiResponse(responseCode = "429", ref = DocumentedProblems.RATE_LIMITED_OR_TOO_MANY_STREAMS)
    Publisher<Event<String>> events(
            Authentication caller,
            @Parameter(
                            description = "comma-separated: posts, posts/{postId}/comments, orders, "
                                    + "products, accounts/{accountId}; 1 to 20 topics")
                    @Nullable
                    @QueryValue
                    @Size(max = MAX_TOPICS_LENGTH)
                    String topics,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "resume after this event id " + "(EventSource sends it on reconnect)")
                    @Nullable
                    @Header("Last-Event-ID")
                    @Size(max = 20)
                    String lastEventId,
            @Parameter(
                            description = "resume after this event id, for clients that cannot set "
                                    + "headers; Last-Event-ID wins when both are given")
                    @Nullable
                    @QueryValue("lastEventId")
                    @Size(max = 20)
                    String lastEventIdParameter) {
        List<String> topicTexts = topics == null ? List.of() : Arrays.asList(topics.split(",", -1));
        boolean fromHeader = lastEventId != null;
        SubscribeToEventsCommand command = SubscribeToEventsCommand.of(
                Actors.from(caller),
                topicTexts,
                "topics",
                fromHeader ? lastEventId : lastEventIdParameter,
                fromHeader ? "Last-Event-ID" : "lastEventId");
        Instant expiresAt = authentication
                .expiryOf(caller)
                .orElseThrow(() -> new TransportRefusal(TransportCode.UNAUTHENTICATED, "the token has no expiry"));
        EventSubscription subscription = subscribeToEvents.subscribe(command);
        guard.guard(subscription, expiresAt);
        return new EventStream(subscription);
    }
}
