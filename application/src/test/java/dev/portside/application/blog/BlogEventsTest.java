package dev.portside.application.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.portside.domain.blog.Comment;
import dev.portside.domain.blog.Post;
import dev.portside.domain.event.Audience;
import dev.portside.domain.event.DomainEvent;
import dev.portside.domain.event.EventType;
import dev.portside.domain.event.StoredEvent;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blog's use cases write their events in the unit of their change, and only when something changed. */
class BlogEventsTest {

    private final BlogFixture blog = new BlogFixture();

    private List<DomainEvent> eventsAfter(long position) {
        return blog.outbox.readAfter(position, 100).stream()
                .map(StoredEvent::event)
                .toList();
    }

    @Test
    void publishing_and_unpublishing_are_public_events_on_posts_and_repeats_write_nothing() {
        Post draft = blog.draftBy(blog.author);
        long before = blog.outbox.lastId();

        Post published = blog.publishPost.publish(new PublishPostCommand(blog.author, draft.id()));
        blog.publishPost.publish(new PublishPostCommand(blog.author, draft.id()));
        blog.unpublishPost.unpublish(new UnpublishPostCommand(blog.author, draft.id()));

        List<DomainEvent> events = eventsAfter(before);
        assertThat(events)
                .extracting(DomainEvent::type)
                .containsExactly(EventType.POST_PUBLISHED, EventType.POST_UNPUBLISHED);
        assertThat(events).extracting(DomainEvent::topic).containsOnly(Topic.POSTS);
        assertThat(events).extracting(DomainEvent::audience).containsOnly(Audience.everyone());
        assertThat(events)
                .extracting(DomainEvent::aggregateId)
                .containsOnly(draft.id().value());
        assertThat(events.get(0).data().json())
                .contains(
                        "\"title\":\"A draft\"",
                        "\"tags\":[\"java\"]",
                        "\"publishedAt\":\"" + published.publishedAt().orElseThrow() + "\"");
    }

    @Test
    void a_comment_is_a_public_event_on_its_posts_comments_topic() {
        Post post = blog.publishedBy(blog.author);
        long before = blog.outbox.lastId();

        Comment comment = blog.addComment.add(AddCommentCommand.of(blog.otherUser, post.id(), "Nice \"post\""));

        DomainEvent event = eventsAfter(before).get(0);
        assertThat(event.type()).isEqualTo(EventType.COMMENT_ADDED);
        assertThat(event.aggregateId()).isEqualTo(comment.id().value());
        assertThat(event.topic()).isEqualTo(Topic.commentsOf(post.id().value()));
        assertThat(event.data().json()).contains("\"content\":\"Nice \\\"post\\\"\"");
    }

    @Test
    void a_refused_comment_writes_no_event() {
        Post draft = blog.draftBy(blog.author);
        long before = blog.outbox.lastId();

        assertThatThrownBy(() -> blog.addComment.add(AddCommentCommand.of(blog.author, draft.id(), "too early")))
                .isInstanceOf(DomainException.class);

        assertThat(eventsAfter(before)).isEmpty();
    }
}
