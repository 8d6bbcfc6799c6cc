package dev.portside.domain.blog.port;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import java.util.Optional;

/** Stores posts. Called inside a {@code UnitOfWork}. */
public interface PostRepository {

    /** The post whatever its status; visibility is the application's decision. */
    Optional<Post> findById(PostId id);

    /**
     * Inserts when {@code post.version() == 0}, otherwise updates only if the stored version equals
     * {@code post.version()}. Returns the post at version + 1. A stale or unknown version throws
     * {@link dev.portside.domain.shared.VersionConflictException}.
     */
    Post save(Post post);

    /** Removes the post; nothing happens when it does not exist. Its comments are removed separately. */
    void delete(PostId id);
}
