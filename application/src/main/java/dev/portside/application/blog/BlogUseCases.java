package dev.portside.application.blog;

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
 * Services hold no state, so each call may build a new one; callers keep what they build.
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

    public BlogUseCases(PostRepository posts, CommentRepository comments, PostCatalog postCatalog, CommentCatalog commentCatalog, BlogStatistics statistics, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.posts = posts;
        this.comments = comments;
        this.postCatalog = postCatalog;
        this.commentCatalog = commentCatalog;
        this.statistics = statistics;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AddComment addComment() {
        return new AddCommentService(posts, comments, outbox, unitOfWork, clock);
    }

    public CreatePost createPost() {
        return new CreatePostService(posts, unitOfWork, clock);
    }

    public DeletePost deletePost() {
        return new DeletePostService(posts, comments, unitOfWork);
    }

    public GetBlogStatistics getBlogStatistics() {
        return new GetBlogStatisticsService(statistics, unitOfWork, clock);
    }

    public GetPost getPost() {
        return new GetPostService(posts, unitOfWork);
    }

    public ListComments listComments() {
        return new ListCommentsService(posts, commentCatalog, unitOfWork);
    }

    public PublishPost publishPost() {
        return new PublishPostService(posts, outbox, unitOfWork, clock);
    }

    public SearchPosts searchPosts() {
        return new SearchPostsService(postCatalog, unitOfWork);
    }

    public UnpublishPost unpublishPost() {
        return new UnpublishPostService(posts, outbox, unitOfWork, clock);
    }

    public UpdatePost updatePost() {
        return new UpdatePostService(posts, unitOfWork, clock);
    }
}
