package dev.portside.adapters.mongo.bank;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.NeedsTransactions;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.testkit.bank.AccountRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@NeedsTransactions("a_save_in_a_unit_that_fails_is_rolled_back")
class MongoAccountRepositoryTest extends AccountRepositoryContract implements OnTestMongo {}
