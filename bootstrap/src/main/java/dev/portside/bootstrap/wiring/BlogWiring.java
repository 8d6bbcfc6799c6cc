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
import dev.portside.domain.event.port.Outbox;
import dev.portside.domain.shared.Clock;
import dev.portside.domain.shared.UnitOfWork;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the blog use cases ({@link BlogUseCases}) beans over whichever adapters implement their ports in this configuration. */
@Factory
class BlogWiring {

    @Singleton
    BlogUseCases blogUseCases(PostRepository posts, CommentRepository comments, PostCatalog postCatalog, CommentCatalog commentCatalog, BlogStatistics statistics, Outbox outbox, UnitOfWork unitOfWork, Clock clock) {
        return new BlogUseCases(posts, comments, postCatalog, commentCatalog, statistics, outbox, unitOfWork, clock);
    }

    @Singleton
    AddComment addComment(BlogUseCases blog) {
        return blog.addComment();
    }

    @Singleton
    CreatePost createPost(BlogUseCases blog) {
        return blog.createPost();
    }

    @Singleton
    DeletePost deletePost(BlogUseCases blog) {
        return blog.deletePost();
    }

    @Singleton
    GetBlogStatistics getBlogStatistics(BlogUseCases blog) {
        return blog.getBlogStatistics();
    }

    @Singleton
    GetPost getPost(BlogUseCases blog) {
        return blog.getPost();
    }

    @Singleton
    ListComments listComments(BlogUseCases blog) {
        return blog.listComments();
    }

    @Singleton
    PublishPost publishPost(BlogUseCases blog) {
        return blog.publishPost();
    }

    @Singleton
    SearchPosts searchPosts(BlogUseCases blog) {
        return blog.searchPosts();
    }

    @Singleton
    UnpublishPost unpublishPost(BlogUseCases blog) {
        return blog.unpublishPost();
    }

    @Singleton
    UpdatePost updatePost(BlogUseCases blog) {
        return blog.updatePost();
    }
}
