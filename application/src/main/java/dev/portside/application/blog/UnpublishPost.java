package dev.portside.application.blog;

import dev.portside.domain.blog.Post;

/** {@code POST /api/posts/{id}/unpublish}: author, moderator or admin; repeating it changes nothing. */
public interface UnpublishPost {

    Post unpublish(UnpublishPostCommand command);
}
