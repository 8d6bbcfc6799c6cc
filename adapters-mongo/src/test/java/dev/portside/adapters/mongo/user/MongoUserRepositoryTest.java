package dev.portside.adapters.mongo.user;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.testkit.user.UserRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("saves_of_a_unit_that_fails_are_rolled_back")
class MongoUserRepositoryTest extends UserRepositoryContract implements OnTestMongo {}
