package dev.portside.adapters.redis.blog;

import dev.portside.adapters.redis.shared.TestRedis;
import dev.portside.domain.blog.port.AuthorRef;
import dev.portside.domain.blog.port.PostRepository;
import dev.portside.domain.shared.UnitOfWork;
import dev.portside.testkit.blog.InMemoryPostRepository;
import dev.portside.testkit.blog.InMemoryUsernames;
import dev.portside.testkit.blog.PostRepositoryContract;
import dev.portside.testkit.shared.InMemoryDatabase;
import dev.portside.testkit.shared.InMemoryUnitOfWork;
import org.junit.jupiter.api.AfterAll;

/** The post contract through the cache, over the in-memory fake, with a real Redis. */
class CachingPostRepositoryContractTest extends PostRepositoryContract {

    private static final TestRedis REDIS = TestRedis.shared();

    private final InMemoryDatabase database = new InMemoryDatabase();
    private final UnitOfWork unitOfWork = new InMemoryUnitOfWork(database);
    private final InMemoryUsernames usernames = new InMemoryUsernames();
    private final PostRepository repository =
            new CachingPostRepository(new InMemoryPostRepository(database), unitOfWork, REDIS.caches());

    @AfterAll
    static void closeRedis() {
        REDIS.close();
    }

    @Override
    protected PostRepository postRepository() {
        return repository;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    protected AuthorRef givenAuthor(String username) {
        return usernames.register(username);
    }
}
