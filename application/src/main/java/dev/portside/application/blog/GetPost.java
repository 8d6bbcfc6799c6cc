package dev.portside.application.blog;

import dev.portside.domain.blog.Post;

/** {@code GET /api/posts/{id}}: published posts for anyone, drafts for author, moderators and admins; else 404. */
public interface GetPost {

    Post get(GetPostQuery query);
}
