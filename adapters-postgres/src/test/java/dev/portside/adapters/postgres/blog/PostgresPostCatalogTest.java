package dev.portside.adapters.postgres.blog;

import dev.portside.adapters.postgres.testsupport.OnTestPostgres;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.PostCatalogContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPostCatalogTest extends PostCatalogContract implements OnTestPostgres {

    @Inject
    UserRepository users;

    @Override
    protected AuthorRef givenAuthor(String username) {
        return BlogAuthors.register(unitOfWork(), users, username);
    }
}
