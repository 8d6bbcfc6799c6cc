package dev.portside.testkit.blog;

import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;

/** One in-memory blog backend for the fake tests: a database, its unit of work and every blog fake. */
final class InMemoryBlog {

    final InMemoryDatabase database = new InMemoryDatabase();
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    final InMemoryUsernames usernames = new InMemoryUsernames();
    final InMemoryPostRepository posts = new InMemoryPostRepository(database);
    final InMemoryCommentRepository comments = new InMemoryCommentRepository(database);
    final InMemoryPostCatalog postCatalog = new InMemoryPostCatalog(posts, comments, usernames);
    final InMemoryCommentCatalog commentCatalog = new InMemoryCommentCatalog(comments, usernames);
    final InMemoryBlogStatistics statistics = new InMemoryBlogStatistics(posts, usernames);
}
