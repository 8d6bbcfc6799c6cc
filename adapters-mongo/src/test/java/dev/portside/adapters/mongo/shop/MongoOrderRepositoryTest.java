package dev.portside.adapters.mongo.shop;

import dev.portside.adapters.mongo.shared.MongoAdapter;
import dev.portside.adapters.mongo.testsupport.OnTestMongo;
import dev.portside.testkit.shop.OrderRepositoryContract;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = MongoAdapter.ENVIRONMENT, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MongoOrderRepositoryTest extends OrderRepositoryContract implements OnTestMongo {}
