package dev.portside.application.blog;

import dev.portside.domain.blog.Comment;

/**
 * {@code POST /api/posts/{id}/comments}: any authenticated user on a post they can see (else 404)
 * that is published (else 422 {@code post_not_published}, which only the draft's managers can meet).
 */
public interface AddComment {

    Comment add(AddCommentCommand command);
}
