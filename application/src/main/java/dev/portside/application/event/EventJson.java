package dev.portside.application.event;

import dev.portside.domain.event.StoredEvent;

/**
 * The wire form of an event, one JSON object, the same on Server-Sent Events and WebSocket:
 *
 * <pre>{@code
 * {"id":42,"type":"order.status_changed","topic":"orders","aggregateId":"0191...","storedAt":"2025-...Z","data":{...}}
 * }</pre>
 *
 * {@code id} is the resume position; {@code data} holds the changed fields as the domain wrote them.
 * Written by hand: every value but {@code data} is a number, a known type name, a topic, a UUID or an
 * instant, none of which needs escaping, and {@code data} is already JSON.
 */
public final class EventJson {

    private EventJson() {}

    public static String render(StoredEvent stored) {
        String data = stored.event().data().json();
        return new StringBuilder(96 + data.length())
                .append("{\"id\":")
                .append(stored.id())
                .append(",\"type\":\"")
                .append(stored.event().type().wireName())
                .append("\",\"topic\":\"")
                .append(stored.event().topic().value())
                .append("\",\"aggregateId\":\"")
                .append(stored.event().aggregateId())
                .append("\",\"storedAt\":\"")
                .append(stored.storedAt())
                .append("\",\"data\":")
                .append(data)
                .append('}')
                .toString();
    }
}
