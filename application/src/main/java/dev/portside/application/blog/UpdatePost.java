package dev.portside.application.blog;

import dev.portside.domain.blog.Post;

/** {@code PATCH /api/posts/{id}}: author, moderator or admin; honours If-Match through the expected version. */
public interface UpdatePost {

    Post update(UpdatePostCommand command);
}
