package dev.portside.bootstrap.wiring;

import dev.portside.application.blog.AddComment;
import dev.portside.application.blog.AddCommentService;
import dev.portside.application.blog.CreatePost;
import dev.portside.application.blog.CreatePostService;
import dev.portside.application.blog.DeletePost;
import dev.portside.application.blog.DeletePostService;
import dev.portside.application.blog.GetBlogStatistics;
import dev.portside.application.blog.GetBlogStatisticsService;
import dev.portside.application.blog.GetPost;
import dev.portside.application.blog.GetPostService;
import dev.portside.application.blog.ListComments;
import dev.portside.application.blog.ListCommentsService;
import dev.portside.application.blog.PublishPost;
import dev.portside.application.blog.PublishPostService;
import dev.portside.application.blog.SearchPosts;
import dev.portside.application.blog.SearchPostsService;
import dev.portside.application.blog.UnpublishPost;
import dev.portside.application.blog.UnpublishPostService;
import dev.portside.application.blog.UpdatePost;
import dev.portside.application.blog.UpdatePostService;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Composes the blog use cases from whichever adapters implement their ports in this configuration. */
@Factory
class BlogUseCases {

    @Singleton
    AddComment addComment(PostRepository posts, CommentRepository comments, UnitOfWork unitOfWork, Clock clock) {
        return new AddCommentService(posts, comments, unitOfWork, clock);
    }

    @Singleton
    CreatePost createPost(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        return new CreatePostService(posts, unitOfWork, clock);
    }

    @Singleton
    DeletePost deletePost(PostRepository posts, CommentRepository comments, UnitOfWork unitOfWork) {
        return new DeletePostService(posts, comments, unitOfWork);
    }

    @Singleton
    GetBlogStatistics getBlogStatistics(BlogStatistics statistics, UnitOfWork unitOfWork, Clock clock) {
        return new GetBlogStatisticsService(statistics, unitOfWork, clock);
    }

    @Singleton
    GetPost getPost(PostRepository posts, UnitOfWork unitOfWork) {
        return new GetPostService(posts, unitOfWork);
    }

    @Singleton
    ListComments listComments(PostRepository posts, CommentCatalog catalog, UnitOfWork unitOfWork) {
        return new ListCommentsService(posts, catalog, unitOfWork);
    }

    @Singleton
    PublishPost publishPost(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        return new PublishPostService(posts, unitOfWork, clock);
    }

    @Singleton
    SearchPosts searchPosts(PostCatalog catalog, UnitOfWork unitOfWork) {
        return new SearchPostsService(catalog, unitOfWork);
    }

    @Singleton
    UnpublishPost unpublishPost(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        return new UnpublishPostService(posts, unitOfWork, clock);
    }

    @Singleton
    UpdatePost updatePost(PostRepository posts, UnitOfWork unitOfWork, Clock clock) {
        return new UpdatePostService(posts, unitOfWork, clock);
    }
}
