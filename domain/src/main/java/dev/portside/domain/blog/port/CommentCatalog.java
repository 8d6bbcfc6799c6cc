package dev.portside.domain.blog.port;

import dev.portside.domain.blog.PostId;
import dev.portside.domain.shared.Page;
import dev.portside.domain.shared.PageRequest;

/**
 * Read model behind {@code GET /api/posts/{id}/comments}: the comments of one post with their
 * authors, ordered by {@code createdAt} then comment id, both in the requested direction.
 * Whether the caller may see the post is the application's decision; an unknown post has no comments.
 */
public interface CommentCatalog {

    Page<CommentView> commentsOf(PostId postId, PageRequest<CommentSortField> page);
}
