package dev.portside.testkit.event;

import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventData;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.Topic;
import dev.portside.domain.user.UserId;
import java.util.UUID;

/** Events for the outbox tests, each told apart by its marker field. */
public final class EventMother {

    private EventMother() {}

    /** A public event on {@code posts} whose data names the marker. */
    public static DomainEvent marked(String marker) {
        return new DomainEvent(
                EventType.POST_PUBLISHED,
                UUID.randomUUID(),
                Topic.POSTS,
                Audience.everyone(),
                EventData.builder().put("marker", marker).build());
    }

    /** An owner-only event on an account's topic. */
    public static DomainEvent forOwner(UserId owner, UUID accountId, String marker) {
        return new DomainEvent(
                EventType.DEPOSIT_BOOKED,
                accountId,
                Topic.account(accountId),
                Audience.ownerAndAdmins(owner),
                EventData.builder().put("marker", marker).put("amount", "10.00").build());
    }

    /** The marker an event of this mother carries, read back from its stored JSON. */
    public static String markerOf(DomainEvent event) {
        String json = event.data().json();
        int start = json.indexOf("\"marker\":\"") + "\"marker\":\"".length();
        return json.substring(start, json.indexOf('"', start));
    }
}
