package dev.portside.adapters.http.events;

import dev.portside.application.event.CloseReason;
import dev.portside.application.event.Delivery;
import dev.portside.domain.event.Topic;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The JSON both transports send besides the events themselves (whose form is the application's
 * {@code EventJson}). Written by hand: every value is a topic, a code from a fixed set, an instant or
 * a fixed sentence, none of which needs escaping.
 */
final class EventFrames {

    private EventFrames() {}

    static String topics(Collection<Topic> topics) {
        return topics.stream()
                .map(Topic::value)
                .sorted()
                .map(t -> "\"" + t + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** {@code {"topics":[...]}}: what an SSE stream says first. */
    static String subscribed(Collection<Topic> topics) {
        return "{\"topics\":" + topics(topics) + "}";
    }

    static String heartbeat(Delivery.Heartbeat heartbeat) {
        return "{\"at\":\"" + heartbeat.at() + "\"}";
    }

    /** {@code {"code":"slow_consumer","detail":"..."}}: why the service ended the stream. */
    static String closing(CloseReason reason) {
        return "{\"code\":\"" + reason.code() + "\",\"detail\":\"" + reason.detail() + "\"}";
    }
}
