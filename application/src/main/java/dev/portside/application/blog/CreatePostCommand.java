package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import dev.portside.domain.shared.Validation;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Objects;

public record CreatePostCommand(Actor actor, PostTitle title, PostContent content, Tags tags) {

    public CreatePostCommand {
        new Validation()
                .required("actor", actor)
                .required("title", title)
                .required("content", content)
                .required("tags", tags)
                .done();
    }

    /** From raw API input; missing tags mean none. Invalid input fails naming every bad field. */
    public static CreatePostCommand of(Actor actor, String title, String content, @Nullable List<String> tags) {
        // every bad field is reported at once, not only the first
        Validation check = new Validation();
        PostTitle checkedTitle = check.parse(() -> new PostTitle(title));
        PostContent checkedContent = check.parse(() -> new PostContent(content));
        Tags checkedTags = check.parse(() -> tags == null ? Tags.none() : Tags.of(tags));
        check.required("actor", actor).done();
        // done() has thrown unless every parse succeeded
        return new CreatePostCommand(
                actor,
                Objects.requireNonNull(checkedTitle),
                Objects.requireNonNull(checkedContent),
                Objects.requireNonNull(checkedTags));
    }
}
