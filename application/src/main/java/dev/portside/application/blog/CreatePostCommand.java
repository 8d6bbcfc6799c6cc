package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.PostContent;
import dev.portside.domain.blog.PostTitle;
import dev.portside.domain.blog.Tags;
import java.util.List;
import java.util.Objects;

public record CreatePostCommand(Actor author, PostTitle title, PostContent content, Tags tags) {

    public CreatePostCommand {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(tags, "tags");
    }

    /** From raw API input; missing tags mean none. Invalid input fails with the field's name. */
    public static CreatePostCommand of(Actor author, String title, String content, List<String> tags) {
        return new CreatePostCommand(author, new PostTitle(title), new PostContent(content),
                tags == null ? Tags.none() : Tags.of(tags));
    }
}
