package dev.portside.bootstrap.wiring;

import dev.portside.application.blog.AddComment;
import dev.portside.application.blog.BlogUseCases;
import dev.portside.application.blog.CreatePost;
import dev.portside.application.blog.DeletePost;
import dev.portside.application.blog.GetBlogStatistics;
import dev.portside.application.blog.GetPost;
import dev.portside.application.blog.ListComments;
import dev.portside.application.blog.PublishPost;
import dev.portside.application.blog.SearchPosts;
import dev.portside.application.blog.UnpublishPost;
import dev.portside.application.blog.UpdatePost;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.bootstrap.observability.ObservedUseCase;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the blog use cases ({@link BlogUseCases}) beans over whichever adapters implement their ports in this configuration, each timed (and traced) by {@link ObservedUseCase}. */
@Factory
class BlogWiring {

    @Singleton
    BlogUseCases blogUseCases(PostRepository posts, CommentRepository comments, PostCatalog postCatalog, CommentCatalog commentCatalog, BlogStatistics statistics, UnitOfWork unitOfWork, Clock clock) {
        return new BlogUseCases(posts, comments, postCatalog, commentCatalog, statistics, unitOfWork, clock);
    }

    @Singleton
    @ObservedUseCase
    AddComment addComment(BlogUseCases blog) {
        return blog.addComment();
    }

    @Singleton
    @ObservedUseCase
    CreatePost createPost(BlogUseCases blog) {
        return blog.createPost();
    }

    @Singleton
    @ObservedUseCase
    DeletePost deletePost(BlogUseCases blog) {
        return blog.deletePost();
    }

    @Singleton
    @ObservedUseCase
    GetBlogStatistics getBlogStatistics(BlogUseCases blog) {
        return blog.getBlogStatistics();
    }

    @Singleton
    @ObservedUseCase
    GetPost getPost(BlogUseCases blog) {
        return blog.getPost();
    }

    @Singleton
    @ObservedUseCase
    ListComments listComments(BlogUseCases blog) {
        return blog.listComments();
    }

    @Singleton
    @ObservedUseCase
    PublishPost publishPost(BlogUseCases blog) {
        return blog.publishPost();
    }

    @Singleton
    @ObservedUseCase
    SearchPosts searchPosts(BlogUseCases blog) {
        return blog.searchPosts();
    }

    @Singleton
    @ObservedUseCase
    UnpublishPost unpublishPost(BlogUseCases blog) {
        return blog.unpublishPost();
    }

    @Singleton
    @ObservedUseCase
    UpdatePost updatePost(BlogUseCases blog) {
        return blog.updatePost();
    }
}
