package dev.portside.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.application.shared.Actor;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.ValidationException;
import dev.portside.domain.user.Role;
import dev.portside.domain.user.UserId;
import dev.portside.testkit.event.EventMother;
import dev.portside.testkit.event.InMemoryOutbox;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventHubTest {

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryOutbox outbox = new InMemoryOutbox(database, Clock.system());
    private final List<EventHub> hubs = new ArrayList<>();

    private final Actor alice = new Actor(UserId.newId(), Set.of(Role.USER));
    private final Actor bob = new Actor(UserId.newId(), Set.of(Role.USER));
    private final Actor admin = new Actor(UserId.newId(), Set.of(Role.USER, Role.ADMIN));

    @AfterEach
    void stop() {
        hubs.forEach(EventHub::close);
    }

    private EventHub hub(EventHubSettings settings) {
        // the in-memory outbox tells of appends; a poll of a few seconds shows the watch does the waking
        EventHub hub = new EventHub(
                outbox,
                onChange -> {
                    outbox.onAppend(onChange);
                    return () -> {};
                },
                Clock.system(),
                settings);
        hub.start();
        hubs.add(hub);
        return hub;
    }

    private EventHub hub() {
        return hub(new EventHubSettings(
                Duration.ofSeconds(5), 100, Duration.ofSeconds(30), 100, Duration.ofSeconds(30), 5));
    }

    private static SubscribeToEventsCommand subscription(Actor actor, Topic... topics) {
        return new SubscribeToEventsCommand(actor, Set.of(topics), OptionalLong.empty());
    }

    private String commitPost() {
        String marker = "m-" + UUID.randomUUID();
        unitOfWork.run(() -> outbox.append(EventMother.marked(marker)));
        return marker;
    }

    private static List<String> markers(Received received) {
        return received.events().stream()
                .map(e -> EventMother.markerOf(e.stored().event()))
                .toList();
    }

    /** Waits until the hub has registered what was subscribed so far (it does so on its own thread). */
    private static void settled(EventHub hub) {
        hub.wake();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (hub.position() < 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void delivers_an_event_after_its_unit_commits_to_the_subscribers_of_its_topic() {
        EventHub hub = hub();
        Received posts = Received.draining(hub.subscribe(subscription(alice, Topic.POSTS)));
        Received orders = Received.draining(hub.subscribe(subscription(alice, Topic.ORDERS)));
        settled(hub);

        String marker = commitPost();

        assertThat(markers(posts.awaitingEvents(1))).containsExactly(marker);
        assertThat(posts.events().get(0).json())
                .startsWith(
                        "{\"id\":" + posts.events().get(0).id() + ",\"type\":\"post.published\",\"topic\":\"posts\",");
        assertThat(orders.all()).isEmpty();
    }

    @Test
    void an_event_is_not_delivered_while_its_unit_runs() throws Exception {
        EventHub hub = hub();
        Received posts = Received.draining(hub.subscribe(subscription(alice, Topic.POSTS)));
        settled(hub);

        unitOfWork.run(() -> {
            outbox.append(EventMother.marked("inside"));
            hub.wake();
            pause(300);
            posts.drain();
            assertThat(posts.events()).as("delivered before the commit").isEmpty();
        });

        assertThat(markers(posts.awaitingEvents(1))).containsExactly("inside");
    }

    @Test
    void never_delivers_the_events_of_a_rolled_back_unit() {
        EventHub hub = hub();
        Received posts = Received.draining(hub.subscribe(subscription(alice, Topic.POSTS)));
        settled(hub);

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    outbox.append(EventMother.marked("rolled back"));
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class);
        String committed = commitPost();

        assertThat(markers(posts.awaitingEvents(1))).containsExactly(committed);
        pause(200);
        assertThat(markers(posts)).containsExactly(committed);
    }

    @Test
    void owner_only_events_reach_the_owner_and_admins_and_nobody_else() {
        EventHub hub = hub();
        UUID account = UUID.randomUUID();
        Topic topic = Topic.account(account);
        Received owner = Received.draining(hub.subscribe(subscription(alice, topic)));
        Received other = Received.draining(hub.subscribe(subscription(bob, topic)));
        Received anAdmin = Received.draining(hub.subscribe(subscription(admin, topic)));
        settled(hub);

        unitOfWork.run(() -> outbox.append(EventMother.forOwner(alice.id(), account, "alice's deposit")));
        unitOfWork.run(() -> outbox.append(EventMother.marked("public, on posts")));

        owner.awaitingEvents(1);
        anAdmin.awaitingEvents(1);
        pause(200);
        assertThat(markers(owner)).containsExactly("alice's deposit");
        assertThat(markers(anAdmin)).containsExactly("alice's deposit");
        assertThat(other.all()).isEmpty();
    }

    @Test
    void a_resumed_subscription_gets_exactly_what_came_after_its_last_id_in_order_then_the_live_events() {
        List<String> before = List.of(commitPost(), commitPost(), commitPost(), commitPost());
        long afterFirst = outbox.readAfter(0, 1).get(0).id();
        EventHub hub = hub();

        Received resumed = Received.draining(
                hub.subscribe(new SubscribeToEventsCommand(alice, Set.of(Topic.POSTS), OptionalLong.of(afterFirst))));
        resumed.awaitingEvents(3);
        String live = commitPost();

        assertThat(markers(resumed.awaitingEvents(4)))
                .containsExactly(before.get(1), before.get(2), before.get(3), live);
    }

    @Test
    void resuming_on_a_new_hub_after_a_restart_misses_nothing_and_repeats_nothing() {
        EventHub first = hub();
        Received before = Received.draining(first.subscribe(subscription(alice, Topic.POSTS)));
        settled(first);
        String seen = commitPost();
        long lastId = before.awaitingEvents(1).eventIds().get(0);
        first.close();
        assertThat(before.all()).last().isEqualTo(new Delivery.Closed(CloseReason.SERVICE_STOPPING));

        List<String> missed = List.of(commitPost(), commitPost());
        EventHub second = hub();
        Received after = Received.draining(
                second.subscribe(new SubscribeToEventsCommand(alice, Set.of(Topic.POSTS), OptionalLong.of(lastId))));

        assertThat(markers(after.awaitingEvents(2)))
                .containsExactlyElementsOf(missed)
                .doesNotContain(seen);
    }

    @Test
    void a_subscriber_that_stops_reading_is_cut_off_and_the_others_get_everything() {
        EventHub hub = hub(
                new EventHubSettings(Duration.ofSeconds(5), 100, Duration.ofSeconds(30), 5, Duration.ofSeconds(30), 5));
        Received slow = Received.stalled(hub.subscribe(subscription(bob, Topic.POSTS)));
        Received fast = Received.draining(hub.subscribe(subscription(alice, Topic.POSTS)));
        settled(hub);

        List<String> committed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            committed.add(commitPost());
        }

        assertThat(markers(fast.awaitingEvents(20))).containsExactlyElementsOf(committed);
        slow.awaiting(r -> r.all().contains(new Delivery.Closed(CloseReason.SLOW_CONSUMER)), Duration.ofSeconds(5));
        assertThat(slow.all())
                .as("its queue was dropped: only the reason is left")
                .containsExactly(new Delivery.Closed(CloseReason.SLOW_CONSUMER));
        assertThat(hub.openSubscriptions()).isEqualTo(1);
    }

    @Test
    void a_subscriber_that_takes_nothing_for_the_stall_timeout_is_cut_off() {
        EventHub hub = hub(new EventHubSettings(
                Duration.ofMillis(20), 100, Duration.ofSeconds(30), 100, Duration.ofMillis(200), 5));
        EventSubscription stalled = hub.subscribe(subscription(bob, Topic.POSTS));
        settled(hub);

        commitPost();
        pause(600);

        assertThat(stalled.isClosed()).isTrue();
        Received rest = Received.stalled(stalled);
        rest.drain();
        assertThat(rest.all()).containsExactly(new Delivery.Closed(CloseReason.SLOW_CONSUMER));
    }

    @Test
    void idle_subscribers_get_heartbeats() {
        EventHub hub = hub(new EventHubSettings(
                Duration.ofMillis(20), 100, Duration.ofMillis(50), 100, Duration.ofSeconds(30), 5));
        Received idle = Received.draining(hub.subscribe(subscription(alice, Topic.POSTS)));

        idle.awaiting(
                r -> r.all().stream()
                                .filter(Delivery.Heartbeat.class::isInstance)
                                .count()
                        >= 2,
                Duration.ofSeconds(5));
        assertThat(idle.events()).isEmpty();
    }

    @Test
    void one_caller_holds_at_most_the_configured_number_of_subscriptions() {
        EventHub hub = hub(new EventHubSettings(
                Duration.ofSeconds(1), 100, Duration.ofSeconds(30), 100, Duration.ofSeconds(30), 2));
        EventSubscription first = hub.subscribe(subscription(alice, Topic.POSTS));
        hub.subscribe(subscription(alice, Topic.ORDERS));

        assertThatThrownBy(() -> hub.subscribe(subscription(alice, Topic.PRODUCTS)))
                .isInstanceOf(SubscriptionLimitException.class);
        hub.subscribe(subscription(bob, Topic.POSTS));

        first.close();
        hub.subscribe(subscription(alice, Topic.PRODUCTS));
        assertThat(hub.openSubscriptions()).as("alice's two and bob's one").isEqualTo(3);
    }

    @Test
    void topics_can_be_added_and_removed_while_subscribed() {
        EventHub hub = hub();
        UUID account = UUID.randomUUID();
        EventSubscription subscription = hub.subscribe(subscription(alice, Topic.ORDERS));
        Received received = Received.draining(subscription);
        settled(hub);

        subscription.subscribe(List.of(Topic.POSTS, Topic.account(account)));
        String post = commitPost();
        received.awaitingEvents(1);
        subscription.unsubscribe(List.of(Topic.POSTS));
        commitPost();
        unitOfWork.run(() -> outbox.append(EventMother.forOwner(alice.id(), account, "deposit")));

        assertThat(markers(received.awaitingEvents(2))).containsExactly(post, "deposit");
        assertThat(subscription.topics()).containsExactlyInAnyOrder(Topic.ORDERS, Topic.account(account));
    }

    @Test
    void closing_the_hub_tells_every_subscriber() {
        EventHub hub = hub();
        Received received = Received.draining(hub.subscribe(subscription(alice, Topic.POSTS)));
        settled(hub);

        hub.close();

        assertThat(received.awaiting(r -> !r.all().isEmpty(), Duration.ofSeconds(5))
                        .all())
                .containsExactly(new Delivery.Closed(CloseReason.SERVICE_STOPPING));
    }

    @Test
    void commands_name_every_bad_field() {
        assertThatThrownBy(() -> SubscribeToEventsCommand.of(
                        alice, List.of("posts", "users", ""), "topics", "12x", "Last-Event-ID"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationException.FieldError::field)
                                .containsExactly("topics", "topics", "Last-Event-ID"));
        assertThatThrownBy(() -> SubscribeToEventsCommand.of(alice, List.of(), "topics", null, "Last-Event-ID"))
                .isInstanceOf(ValidationException.class);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < SubscribeToEventsCommand.MAX_TOPICS + 1; i++) {
            tooMany.add("accounts/" + UUID.randomUUID());
        }
        assertThatThrownBy(() -> SubscribeToEventsCommand.of(alice, tooMany, "topics", null, "Last-Event-ID"))
                .isInstanceOf(ValidationException.class);
        assertThat(SubscribeToEventsCommand.of(alice, List.of("POSTS", "posts"), "topics", " 42 ", "Last-Event-ID"))
                .isEqualTo(new SubscribeToEventsCommand(alice, Set.of(Topic.POSTS), OptionalLong.of(42)));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
