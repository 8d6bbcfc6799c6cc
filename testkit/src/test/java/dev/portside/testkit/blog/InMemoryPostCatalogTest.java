package dev.portside.testkit.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;

/** One backend shared by every test of the class, as a real database would be: the suite must not need a reset. */
class InMemoryPostCatalogTest extends PostCatalogContract {

    private static final InMemoryBlog BLOG = new InMemoryBlog();

    @Override
    protected UnitOfWork unitOfWork() {
        return BLOG.unitOfWork;
    }

    @Override
    protected AuthorRef givenAuthor(String username) {
        return BLOG.usernames.register(username);
    }

    @Override
    protected PostCatalog postCatalog() {
        return BLOG.postCatalog;
    }

    @Override
    protected PostRepository postRepository() {
        return BLOG.posts;
    }

    @Override
    protected CommentRepository commentRepository() {
        return BLOG.comments;
    }
}
