package dev.portside.adapters.mongo.blog;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.user.port.UserRepository;
import dev.portside.testkit.blog.PostRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("a_failing_unit_of_work_leaves_no_saved_post_behind")
class MongoPostRepositoryTest extends PostRepositoryContract implements OnTestMongo {

    @Inject
    UserRepository users;

    @Override
    protected AuthorRef givenAuthor(String username) {
        return StoredAuthors.store(unitOfWork(), users, username);
    }
}
