package dev.portside.application.blog;

import dev.portside.application.shared.UseCaseDecorator;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;

/**
 * The blog use cases over their ports: the one place that knows which service needs which port.
 * Bootstrap's composition root and the tests (the HTTP adapter's in-memory backend, this module's
 * fixtures) all build the use cases through it, with whichever adapters or fakes implement the ports.
 * Services hold no state, so each call may build a new one; callers keep what they build. Each use case
 * is passed through a {@link UseCaseDecorator} as it is built: the identity, or the composition root's
 * (which times it, ADR 20).
 */
public final class BlogUseCases {

    private final PostRepository posts;
    private final CommentRepository comments;
    private final PostCatalog postCatalog;
    private final CommentCatalog commentCatalog;
    private final BlogStatistics statistics;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final UseCaseDecorator decorator;

    /** The use cases as the services themselves (the tests, the HTTP adapter's in-memory backend). */
    public BlogUseCases(
            PostRepository posts,
            CommentRepository comments,
            PostCatalog postCatalog,
            CommentCatalog commentCatalog,
            BlogStatistics statistics,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock) {
        this(
                posts,
                comments,
                postCatalog,
                commentCatalog,
                statistics,
                outbox,
                unitOfWork,
                clock,
                UseCaseDecorator.IDENTITY);
    }

    /** Each use case passed through {@code decorator} as it is built (the composition root's timers). */
    public BlogUseCases(
            PostRepository posts,
            CommentRepository comments,
            PostCatalog postCatalog,
            CommentCatalog commentCatalog,
            BlogStatistics statistics,
            Outbox outbox,
            UnitOfWork unitOfWork,
            Clock clock,
            UseCaseDecorator decorator) {
        this.posts = posts;
        this.comments = comments;
        this.postCatalog = postCatalog;
        this.commentCatalog = commentCatalog;
        this.statistics = statistics;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.decorator = decorator;
    }

    public AddComment addComment() {
        return decorator.decorate(AddComment.class, new AddCommentService(posts, comments, outbox, unitOfWork, clock));
    }

    public CreatePost createPost() {
        return decorator.decorate(CreatePost.class, new CreatePostService(posts, unitOfWork, clock));
    }

    public DeletePost deletePost() {
        return decorator.decorate(DeletePost.class, new DeletePostService(posts, comments, unitOfWork));
    }

    public GetBlogStatistics getBlogStatistics() {
        return decorator.decorate(GetBlogStatistics.class, new GetBlogStatisticsService(statistics, unitOfWork, clock));
    }

    public GetPost getPost() {
        return decorator.decorate(GetPost.class, new GetPostService(posts, unitOfWork));
    }

    public ListComments listComments() {
        return decorator.decorate(ListComments.class, new ListCommentsService(posts, commentCatalog, unitOfWork));
    }

    public PublishPost publishPost() {
        return decorator.decorate(PublishPost.class, new PublishPostService(posts, outbox, unitOfWork, clock));
    }

    public SearchPosts searchPosts() {
        return decorator.decorate(SearchPosts.class, new SearchPostsService(postCatalog, unitOfWork));
    }

    public UnpublishPost unpublishPost() {
        return decorator.decorate(UnpublishPost.class, new UnpublishPostService(posts, outbox, unitOfWork, clock));
    }

    public UpdatePost updatePost() {
        return decorator.decorate(UpdatePost.class, new UpdatePostService(posts, unitOfWork, clock));
    }
}
