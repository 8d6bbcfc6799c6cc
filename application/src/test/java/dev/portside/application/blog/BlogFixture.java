package dev.portside.application.blog;

import dev.portside.application.shared.Actor;
import dev.portside.domain.blog.Post;
import dev.portside.domain.blog.PostId;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.user.Role;
import dev.portside.testkit.blog.InMemoryBlogStatistics;
import dev.portside.testkit.blog.InMemoryCommentCatalog;
import dev.portside.testkit.blog.InMemoryCommentRepository;
import dev.portside.testkit.blog.InMemoryPostCatalog;
import dev.portside.testkit.blog.InMemoryPostRepository;
import dev.portside.testkit.blog.InMemoryUsernames;
import dev.portside.testkit.event.InMemoryOutbox;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import dev.portside.testkit.shared.MutableClock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The blog use cases wired over in-memory fakes, plus the cast of callers every test needs. */
final class BlogFixture {

    final InMemoryDatabase database = new InMemoryDatabase();
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    final MutableClock clock = MutableClock.at("2030-05-01T09:00:00Z");
    final InMemoryUsernames usernames = new InMemoryUsernames();
    final InMemoryPostRepository posts = new InMemoryPostRepository(database);
    final InMemoryCommentRepository comments = new InMemoryCommentRepository(database);
    final InMemoryOutbox outbox = new InMemoryOutbox(database, clock);

    final Actor author = actor("alice", Role.USER);
    final Actor otherUser = actor("bob", Role.USER);
    final Actor moderator = actor("mona", Role.USER, Role.MODERATOR);
    final Actor admin = actor("adam", Role.USER, Role.ADMIN);

    final BlogUseCases useCases = new BlogUseCases(
            posts,
            comments,
            new InMemoryPostCatalog(posts, comments, usernames),
            new InMemoryCommentCatalog(comments, usernames),
            new InMemoryBlogStatistics(posts, usernames),
            outbox,
            unitOfWork,
            clock);
    final CreatePost createPost = useCases.createPost();
    final GetPost getPost = useCases.getPost();
    final UpdatePost updatePost = useCases.updatePost();
    final PublishPost publishPost = useCases.publishPost();
    final UnpublishPost unpublishPost = useCases.unpublishPost();
    final DeletePost deletePost = useCases.deletePost();
    final AddComment addComment = useCases.addComment();
    final ListComments listComments = useCases.listComments();
    final SearchPosts searchPosts = useCases.searchPosts();
    final GetBlogStatistics getStatistics = useCases.getBlogStatistics();

    Actor actor(String username, Role... roles) {
        return new Actor(usernames.register(username).id(), Set.of(roles));
    }

    Post draftBy(Actor actor) {
        return createPost.create(CreatePostCommand.of(actor, "A draft", "Words", List.of("java")));
    }

    Post publishedBy(Actor actor) {
        return publishPost.publish(new PublishPostCommand(actor, draftBy(actor).id()));
    }

    Optional<Post> stored(PostId id) {
        return unitOfWork.execute(() -> posts.findById(id));
    }

    static Optional<Actor> anonymous() {
        return Optional.empty();
    }

    /** For rollback tests: the post repository with deletes that always fail. */
    PostRepository postsFailingOnDelete() {
        return new PostRepository() {
            @Override
            public Optional<Post> findById(PostId id) {
                return posts.findById(id);
            }

            @Override
            public Post save(Post post) {
                return posts.save(post);
            }

            @Override
            public void delete(PostId id) {
                throw new IllegalStateException("disk on fire");
            }
        };
    }
}
