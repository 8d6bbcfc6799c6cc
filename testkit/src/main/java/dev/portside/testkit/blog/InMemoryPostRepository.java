package dev.portside.testkit.blog;

import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.VersionConflictException;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryStore;
import java.util.Collection;
import java.util.Optional;

public final class InMemoryPostRepository implements PostRepository {

    private final InMemoryStore<PostId, Post> posts;

    public InMemoryPostRepository(InMemoryDatabase database) {
        this.posts = new InMemoryStore<>(database);
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return posts.get(id);
    }

    @Override
    public Post save(Post post) {
        Optional<Post> stored = posts.get(post.id());
        boolean fresh = post.version() == 0 && stored.isEmpty();
        boolean current = stored.isPresent() && stored.get().version() == post.version();
        if (!fresh && !current) {
            throw new VersionConflictException("post " + post.id());
        }
        Post saved = post.withVersion(post.version() + 1);
        posts.put(saved.id(), saved);
        return saved;
    }

    @Override
    public void delete(PostId id) {
        posts.remove(id);
    }

    /** What the in-memory read models scan, as a database would scan the posts table. */
    Collection<Post> all() {
        return posts.all();
    }
}
