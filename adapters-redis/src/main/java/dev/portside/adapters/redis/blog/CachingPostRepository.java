package dev.portside.adapters.redis.blog;

import dev.portside.adapters.redis.shared.CacheKeys;
import dev.portside.adapters.redis.shared.EntityCache;
import dev.portside.adapters.redis.shared.RedisCaches;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Caches posts by id in front of the storage adapter; a delete leaves a marker so no reader re-caches the post. */
public final class CachingPostRepository implements PostRepository {

    public static final String CACHE = "post";

    private final PostRepository storage;
    private final CacheKeys keys;
    private final EntityCache<Post> cache;

    public CachingPostRepository(PostRepository storage, UnitOfWork unitOfWork, RedisCaches caches) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.keys = caches.keys(CACHE);
        this.cache = new EntityCache<>(
                caches.store(CACHE),
                caches.codec(CachedPost.class, CachedPost::of, CachedPost::toPost),
                unitOfWork,
                caches.settings().postTtl(),
                post -> keys.id(post.id().value()),
                post -> List.of(),
                Post::version);
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return cache.findById(keys.id(id.value()), () -> storage.findById(id));
    }

    @Override
    public Post save(Post post) {
        return cache.save(post, storage::save);
    }

    @Override
    public void delete(PostId id) {
        cache.delete(keys.id(id.value()), () -> storage.delete(id));
    }
}
