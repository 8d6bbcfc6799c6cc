package dev.portside.application.blog;

import dev.portside.domain.blog.port.CommentView;
import dev.portside.domain.shared.Page;

/** {@code GET /api/posts/{id}/comments}: anyone who can see the post (else 404). */
public interface ListComments {

    Page<CommentView> list(ListCommentsQuery query);
}
