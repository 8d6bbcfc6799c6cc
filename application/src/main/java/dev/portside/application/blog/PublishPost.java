package dev.portside.application.blog;

import dev.portside.domain.blog.Post;

/** {@code POST /api/posts/{id}/publish}: author, moderator or admin; repeating it changes nothing. */
public interface PublishPost {

    Post publish(PublishPostCommand command);
}
