package dev.portside.testkit.blog;

import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;

/** One backend shared by every test of the class, as a real database would be: the suite must not need a reset. */
class InMemoryBlogStatisticsTest extends BlogStatisticsContract {

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
    protected BlogStatistics blogStatistics() {
        return BLOG.statistics;
    }

    @Override
    protected PostRepository postRepository() {
        return BLOG.posts;
    }
}
