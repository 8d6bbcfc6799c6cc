package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.BlogStatistics;
import dev.portside.domain.blog.port.CommentCatalog;
import dev.portside.domain.blog.port.CommentRepository;
import dev.portside.domain.blog.port.PostCatalog;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.CommentCatalogContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoCommentCatalogTest extends CommentCatalogContract implements OnTestMongo {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    UserRepository users;

    @Inject
    PostRepository postRepository;

    @Inject
    CommentRepository commentRepository;

    @Inject
    PostCatalog postCatalog;

    @Inject
    CommentCatalog commentCatalog;

    @Inject
    BlogStatistics blogStatistics;

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected AuthorRef givenAuthor(String username) {
        return StoredAuthors.store(unitOfWork, users, username);
    }

    @Override
    protected PostRepository postRepository() {
        return postRepository;
    }

    @Override
    protected CommentRepository commentRepository() {
        return commentRepository;
    }

    @Override
    protected CommentCatalog commentCatalog() {
        return commentCatalog;
    }
}
