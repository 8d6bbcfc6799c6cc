package dev.portside.application.event;

import dev.portside.application.shared.Actor;
import dev.portside.domain.event.Topic;
import dev.portside.domain.shared.Validation;
import jakarta.annotation.Nullable;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * @param topics      1 to {@value #MAX_TOPICS} topics
 * @param lastEventId the id of the last event the subscriber received: the subscription starts right
 *                    after it; empty to start with the events that commit from now on
 */
public record SubscribeToEventsCommand(Actor actor, Set<Topic> topics, OptionalLong lastEventId) {

    public static final int MAX_TOPICS = 20;

    public SubscribeToEventsCommand {
        Validation check = new Validation()
                .required("actor", actor)
                .required("topics", topics)
                .required("lastEventId", lastEventId);
        if (topics != null) {
            check.check(!topics.isEmpty(), "topics", "name at least one topic");
            check.check(topics.size() <= MAX_TOPICS, "topics", "at most " + MAX_TOPICS + " topics");
        }
        if (lastEventId != null && lastEventId.isPresent()) {
            check.check(lastEventId.getAsLong() >= 0, "lastEventId", "must be 0 or more");
        }
        check.done();
        topics = Set.copyOf(new LinkedHashSet<>(topics));
    }

    /**
     * From raw input: topic texts (each checked, every bad one reported at once under {@code field})
     * and a resume position as sent ({@code null} or blank: none).
     */
    public static SubscribeToEventsCommand of(
            Actor actor,
            @Nullable Collection<String> topicTexts,
            String topicsField,
            @Nullable String lastEventIdText,
            String lastEventIdField) {
        Validation check = new Validation();
        Set<Topic> topics = new LinkedHashSet<>();
        for (String text : topicTexts == null ? List.<String>of() : topicTexts) {
            Topic topic = check.parse(() -> Topic.parse(topicsField, text));
            if (topic != null) {
                topics.add(topic);
            }
        }
        if (check.isValid()) {
            check.check(!topics.isEmpty(), topicsField, "name at least one topic");
            check.check(topics.size() <= MAX_TOPICS, topicsField, "at most " + MAX_TOPICS + " topics");
        }
        OptionalLong lastEventId = check.parse(() -> position(lastEventIdText, lastEventIdField));
        check.done();
        // a bad position was reported by done() above
        return new SubscribeToEventsCommand(actor, topics, Objects.requireNonNull(lastEventId, "lastEventId"));
    }

    /** A resume position as sent: digits only, at most 18 of them. */
    public static OptionalLong position(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String digits = text.strip();
        if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new dev.portside.domain.shared.ValidationException(field, "must be the id of an event (digits)");
        }
        return OptionalLong.of(Long.parseLong(digits));
    }
}
