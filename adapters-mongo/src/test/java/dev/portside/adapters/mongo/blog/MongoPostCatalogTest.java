package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.PostCatalogContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoPostCatalogTest extends PostCatalogContract implements OnTestMongo {

    @Inject
    UserRepository users;

    @Override
    protected AuthorRef givenAuthor(String username) {
        return StoredAuthors.store(unitOfWork(), users, username);
    }
}
