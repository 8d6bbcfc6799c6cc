package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.shared.VersionedDocuments;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import jakarta.inject.Singleton;
import java.util.Optional;

@Singleton
@MongoAdapter
final class MongoPostRepository implements PostRepository {

    private final PostDocuments posts;
    private final PostDocumentMapper mapper;

    MongoPostRepository(PostDocuments posts, PostDocumentMapper mapper) {
        this.posts = posts;
        this.mapper = mapper;
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return posts.findById(id.value()).map(mapper::toPost);
    }

    @Override
    public Post save(Post post) {
        PostDocument stored = VersionedDocuments.save(
                post.version(), mapper.toDocument(post), posts::save, posts::update, "post " + post.id());
        return mapper.toPost(stored);
    }

    @Override
    public void delete(PostId id) {
        posts.deleteById(id.value());
    }
}
