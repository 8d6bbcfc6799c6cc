package dev.portside.application.blog;

/** {@code DELETE /api/posts/{id}}: author, moderator or admin; the post's comments go with it. */
public interface DeletePost {

    void delete(DeletePostCommand command);
}
