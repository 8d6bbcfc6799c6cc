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

    final Actor author = actor("alice", Role.USER);
    final Actor otherUser = actor("bob", Role.USER);
    final Actor moderator = actor("mona", Role.USER, Role.MODERATOR);
    final Actor admin = actor("adam", Role.USER, Role.ADMIN);

    final CreatePost createPost = new CreatePostService(posts, unitOfWork, clock);
    final GetPost getPost = new GetPostService(posts, unitOfWork);
    final UpdatePost updatePost = new UpdatePostService(posts, unitOfWork, clock);
    final PublishPost publishPost = new PublishPostService(posts, unitOfWork, clock);
    final UnpublishPost unpublishPost = new UnpublishPostService(posts, unitOfWork, clock);
    final DeletePost deletePost = new DeletePostService(posts, comments, unitOfWork);
    final AddComment addComment = new AddCommentService(posts, comments, unitOfWork, clock);
    final ListComments listComments = new ListCommentsService(posts, new InMemoryCommentCatalog(comments, usernames), unitOfWork);
    final SearchPosts searchPosts = new SearchPostsService(new InMemoryPostCatalog(posts, comments, usernames), unitOfWork);
    final GetBlogStatistics getStatistics = new GetBlogStatisticsService(new InMemoryBlogStatistics(posts, usernames), unitOfWork, clock);

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
