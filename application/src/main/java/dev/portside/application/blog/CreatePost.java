package dev.portside.application.blog;

import dev.portside.domain.blog.Post;

/** {@code POST /api/posts}: any authenticated user writes a new draft. */
public interface CreatePost {

    Post create(CreatePostCommand command);
}
