package dev.portside.adapters.mongo.blog;

import static com.mongodb.client.model.Filters.eq;

import dev.portside.adapters.mongo.shared.BoundCollection;
import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.MongoStorage;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
@MongoAdapter
final class MongoPostRepository implements PostRepository {

    private final MongoStorage storage;

    MongoPostRepository(MongoStorage storage) {
        this.storage = storage;
    }

    private BoundCollection posts() {
        return storage.collection(PostDocuments.COLLECTION);
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return Optional.ofNullable(posts().findFirst(eq("_id", id.value()))).map(PostDocuments::toPost);
    }

    @Override
    public Post save(Post post) {
        long version = VersionedDocuments.save(posts(), post.id().value(), post.version(),
                PostDocuments.toDocument(post), "post " + post.id());
        return post.withVersion(version);
    }

    @Override
    public void delete(PostId id) {
        posts().deleteOne(eq("_id", id.value()));
    }
}
